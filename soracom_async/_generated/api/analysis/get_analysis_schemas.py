"""get_analysis_schemas: GET /analysis/schemas"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_analysis_schemas_response_item import GetAnalysisSchemasResponseItem
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getAnalysisSchemas",
    method="GET",
    path="/analysis/schemas",
    group="Analysis",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Retrieve available database schemas

    Retrieves the available schemas and their column information within the database. You can
    use this information as a reference when converting data types of data retrieved with the
    [Analysis:startAnalysisQueries API](#/Analysis/startAnalysisQueries).
    Example: If the column `type` is `string` as shown below, it can be treated as a string.
    ```json
    {
      "name": "SIM_SESSION_EVENTS",
      "columnInfo": [
          {
              "name": "APN",
              "type": "string",
              "databaseType": "TEXT",
              "description": "Access Point Name indicating the network gateway for the SIM
    session."
          }
      ]
    }
    ```

    """

    _kwargs: dict[str, Any] = {
        "url": "/analysis/schemas",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[GetAnalysisSchemasResponseItem]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[GetAnalysisSchemasResponseItem]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[GetAnalysisSchemasResponseItem]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_GetAnalysisSchemasResponseItem(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetAnalysisSchemasResponseItem = GetAnalysisSchemasResponseItem.from_dict

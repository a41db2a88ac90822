"""get_analysis_queries: GET /analysis/queries/{query_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_analysis_queries_response import GetAnalysisQueriesResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getAnalysisQueries",
    method="GET",
    path="/analysis/queries/{query_id}",
    group="Analysis",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    query_id: str,
) -> dict[str, Any]:
    """Retrieve the execution status of a SQL query

    Retrieve the execution status of a SQL query.

    Args:
        query_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/analysis/queries/{query_id}".format(
            query_id=path_segment(query_id, "query_id", "get_analysis_queries"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetAnalysisQueriesResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetAnalysisQueriesResponse), got an empty one")
    response_200 = _from_dict_GetAnalysisQueriesResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetAnalysisQueriesResponse = GetAnalysisQueriesResponse.from_dict

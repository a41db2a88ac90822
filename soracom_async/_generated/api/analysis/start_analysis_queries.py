"""start_analysis_queries: POST /analysis/queries"""

from typing import Any

from ....contracts import OperationSpec
from ...models.start_analysis_queries_request import StartAnalysisQueriesRequest
from ...models.start_analysis_queries_response import StartAnalysisQueriesResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="startAnalysisQueries",
    method="POST",
    path="/analysis/queries",
    group="Analysis",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: StartAnalysisQueriesRequest | dict[str, Any],
) -> dict[str, Any]:
    """Execute a new SQL query asynchronously

    Executes a SQL query asynchronously. You can check the status of a SQL query execution
    with the [Analysis:getAnalysisQueries API](#/Analysis/getAnalysisQueries).

    Args:
        body: StartAnalysisQueriesRequest | dict[str, Any]
    """
    required(body, "body", "start_analysis_queries")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/analysis/queries",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> StartAnalysisQueriesResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (StartAnalysisQueriesResponse), got an empty one"
        )
    response_200 = _from_dict_StartAnalysisQueriesResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_StartAnalysisQueriesResponse = StartAnalysisQueriesResponse.from_dict

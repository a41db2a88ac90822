"""get_operator: GET /operators/{operator_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_operator_response import GetOperatorResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getOperator",
    method="GET",
    path="/operators/{operator_id}",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Get Operator

    Returns information about the operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_operator"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetOperatorResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetOperatorResponse), got an empty one")
    response_200 = _from_dict_GetOperatorResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetOperatorResponse = GetOperatorResponse.from_dict

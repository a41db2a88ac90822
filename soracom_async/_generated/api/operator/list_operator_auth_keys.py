"""list_operator_auth_keys: GET /operators/{operator_id}/auth_keys"""

from typing import Any

from ....contracts import OperationSpec
from ...models.auth_key_response import AuthKeyResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listOperatorAuthKeys",
    method="GET",
    path="/operators/{operator_id}/auth_keys",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List Operator AuthKeys

    Returns the operator's AuthKey list.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/auth_keys".format(
            operator_id=path_segment(operator_id, "operator_id", "list_operator_auth_keys"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AuthKeyResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[AuthKeyResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[AuthKeyResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_AuthKeyResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AuthKeyResponse = AuthKeyResponse.from_dict

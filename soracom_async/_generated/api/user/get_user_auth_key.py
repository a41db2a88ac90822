"""get_user_auth_key: GET /operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.auth_key_response import AuthKeyResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getUserAuthKey",
    method="GET",
    path="/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    auth_key_id: str,
) -> dict[str, Any]:
    """Get AuthKey.

    Returns the SAM user's AuthKey.

    Args:
        operator_id (str):
        user_name (str):
        auth_key_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_user_auth_key"),
            user_name=path_segment(user_name, "user_name", "get_user_auth_key"),
            auth_key_id=path_segment(auth_key_id, "auth_key_id", "get_user_auth_key"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> AuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (AuthKeyResponse), got an empty one")
    response_200 = _from_dict_AuthKeyResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AuthKeyResponse = AuthKeyResponse.from_dict

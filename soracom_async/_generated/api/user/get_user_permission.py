"""get_user_permission: GET /operators/{operator_id}/users/{user_name}/permission"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_user_permission_response import GetUserPermissionResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getUserPermission",
    method="GET",
    path="/operators/{operator_id}/users/{user_name}/permission",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Get User Permission.

    Retrieves the SAM user's permissions.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/permission".format(
            operator_id=path_segment(operator_id, "operator_id", "get_user_permission"),
            user_name=path_segment(user_name, "user_name", "get_user_permission"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserPermissionResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetUserPermissionResponse), got an empty one")
    response_200 = _from_dict_GetUserPermissionResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetUserPermissionResponse = GetUserPermissionResponse.from_dict

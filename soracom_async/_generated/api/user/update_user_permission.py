"""update_user_permission: PUT /operators/{operator_id}/users/{user_name}/permission"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_user_permission_request import SetUserPermissionRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateUserPermission",
    method="PUT",
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
    body: SetUserPermissionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update user permission.

    Updates the SAM user's permissions.

    Args:
        operator_id (str):
        user_name (str):
        body: SetUserPermissionRequest | dict[str, Any]
    """
    required(body, "body", "update_user_permission")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/permission".format(
            operator_id=path_segment(operator_id, "operator_id", "update_user_permission"),
            user_name=path_segment(user_name, "user_name", "update_user_permission"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

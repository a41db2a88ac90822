"""update_user_password: PUT /operators/{operator_id}/users/{user_name}/password"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_password_request import UpdatePasswordRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateUserPassword",
    method="PUT",
    path="/operators/{operator_id}/users/{user_name}/password",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    body: UpdatePasswordRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Password.

    Updates the password of the SAM user.

    Args:
        operator_id (str):
        user_name (str):
        body: UpdatePasswordRequest | dict[str, Any]
    """
    required(body, "body", "update_user_password")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/password".format(
            operator_id=path_segment(operator_id, "operator_id", "update_user_password"),
            user_name=path_segment(user_name, "user_name", "update_user_password"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

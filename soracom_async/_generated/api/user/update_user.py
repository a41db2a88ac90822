"""update_user: PUT /operators/{operator_id}/users/{user_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_user_request import UpdateUserRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateUser",
    method="PUT",
    path="/operators/{operator_id}/users/{user_name}",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    body: UpdateUserRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update User.

    Updates the SAM user.

    Args:
        operator_id (str):
        user_name (str):
        body: UpdateUserRequest | dict[str, Any]
    """
    required(body, "body", "update_user")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=path_segment(operator_id, "operator_id", "update_user"),
            user_name=path_segment(user_name, "user_name", "update_user"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""create_user: POST /operators/{operator_id}/users/{user_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_user_request import CreateUserRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createUser",
    method="POST",
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
    body: CreateUserRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create User.

    Adds a new SAM user.

    Args:
        operator_id (str):
        user_name (str):
        body: CreateUserRequest | dict[str, Any]
    """
    required(body, "body", "create_user")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=path_segment(operator_id, "operator_id", "create_user"),
            user_name=path_segment(user_name, "user_name", "create_user"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

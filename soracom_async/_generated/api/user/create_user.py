"""create_user: POST /operators/{operator_id}/users/{user_name}"""

from typing import Any
from urllib.parse import quote

from ...models.create_user_request import CreateUserRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

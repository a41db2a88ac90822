"""detach_role: DELETE /operators/{operator_id}/users/{user_name}/roles/{role_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
    role_id: str,
) -> dict[str, Any]:
    """Detach Role from User
    Detaches a role from a user.

    Args:
        operator_id (str):
        user_name (str):
        role_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/users/{user_name}/roles/{role_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
            role_id=quote(str(role_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

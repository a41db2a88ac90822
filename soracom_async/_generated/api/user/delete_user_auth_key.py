"""delete_user_auth_key: DELETE /operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
    auth_key_id: str,
) -> dict[str, Any]:
    """Delete User AuthKey.
    Deletes an AuthKey from the SAM user.

    Args:
        operator_id (str):
        user_name (str):
        auth_key_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
            auth_key_id=quote(str(auth_key_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

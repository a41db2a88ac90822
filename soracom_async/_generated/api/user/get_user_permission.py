"""get_user_permission: GET /operators/{operator_id}/users/{user_name}/permission"""

from typing import Any
from urllib.parse import quote

from ...models.get_user_permission_response import GetUserPermissionResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}/permission".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserPermissionResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetUserPermissionResponse.from_dict(response.json())

    return response_200

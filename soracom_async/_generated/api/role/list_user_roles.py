"""list_user_roles: GET /operators/{operator_id}/users/{user_name}/roles"""

from typing import Any
from urllib.parse import quote

from ...models.role_response import RoleResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """List User Roles
    Retrieves a list of the user's roles.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}/roles".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[RoleResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = RoleResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

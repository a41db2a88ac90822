"""list_lagoon_users: GET /lagoon/users"""

from typing import Any

from ...models.lagoon_user import LagoonUser
from ...types import ResponseLike


def build() -> dict[str, Any]:
    """List Soracom Lagoon users that belong to operator
    List Soracom Lagoon users that belong to operator.

    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lagoon/users",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[LagoonUser]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = LagoonUser.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

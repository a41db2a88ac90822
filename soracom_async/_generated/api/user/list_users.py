"""list_users: GET /operators/{operator_id}/users"""

from typing import Any
from urllib.parse import quote

from ...models.user_detail_response import UserDetailResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Retrieve a list of SAM users
    Retrieves a list of SAM users.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/users".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[UserDetailResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = UserDetailResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

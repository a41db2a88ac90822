"""get_user: GET /operators/{operator_id}/users/{user_name}"""

from typing import Any
from urllib.parse import quote

from ...models.user_detail_response import UserDetailResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Get User.
    Returns a SAM user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> UserDetailResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = UserDetailResponse.from_dict(response.json())

    return response_200

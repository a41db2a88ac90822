"""has_user_password: GET /operators/{operator_id}/users/{user_name}/password"""

from typing import Any
from urllib.parse import quote

from ...models.get_user_password_response import GetUserPasswordResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Has User Password.
    Retrieves whether the SAM user has a password or not.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}/password".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserPasswordResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetUserPasswordResponse.from_dict(response.json())

    return response_200

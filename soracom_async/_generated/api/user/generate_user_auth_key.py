"""generate_user_auth_key: POST /operators/{operator_id}/users/{user_name}/auth_keys"""

from typing import Any
from urllib.parse import quote

from ...models.generate_user_auth_key_response import GenerateUserAuthKeyResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Generate AuthKey.
    Generates an AuthKey for the SAM user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/users/{user_name}/auth_keys".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GenerateUserAuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GenerateUserAuthKeyResponse.from_dict(response.json())

    return response_200

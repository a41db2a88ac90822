"""enable_user_mfa: POST /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any
from urllib.parse import quote

from ...models.enable_mfaotp_response import EnableMFAOTPResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Enable SAM user's MFA
    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EnableMFAOTPResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = EnableMFAOTPResponse.from_dict(response.json())

    return response_200

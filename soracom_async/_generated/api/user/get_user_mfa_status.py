"""get_user_mfa_status: GET /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any
from urllib.parse import quote

from ...models.mfa_status_of_use_response import MFAStatusOfUseResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Get SAM user's MFA status
    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> MFAStatusOfUseResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = MFAStatusOfUseResponse.from_dict(response.json())

    return response_200

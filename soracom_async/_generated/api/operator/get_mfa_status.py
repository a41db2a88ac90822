"""get_mfa_status: GET /operators/{operator_id}/mfa"""

from typing import Any
from urllib.parse import quote

from ...models.mfa_status_of_use_response import MFAStatusOfUseResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Get Operator's MFA Status
    Gets operator's MFA status. The MFA status is one of `ACTIVE`, `INACTIVE` or
    `UNCONFIRMED`.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/mfa".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> MFAStatusOfUseResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = MFAStatusOfUseResponse.from_dict(response.json())

    return response_200

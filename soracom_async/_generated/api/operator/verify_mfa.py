"""verify_mfa: POST /operators/{operator_id}/mfa/verify"""

from typing import Any
from urllib.parse import quote

from ...models.mfa_authentication_request import MFAAuthenticationRequest
from ...models.operator_mfa_verifying_response import OperatorMFAVerifyingResponse
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: MFAAuthenticationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Verify Operator's MFA OTP Code
    Verifies operator's MFA with OTP code. This API must be called after calling
    `Operator:enableMFA`. MFA will not be activated unless the MFA OTP is verified with this
    API. Be sure to securely store the backup code returned in the response to this API.

    Args:
        operator_id (str):
        body: MFAAuthenticationRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/mfa/verify".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> OperatorMFAVerifyingResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = OperatorMFAVerifyingResponse.from_dict(response.json())

    return response_200

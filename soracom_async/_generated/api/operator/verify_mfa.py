"""verify_mfa: POST /operators/{operator_id}/mfa/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_authentication_request import MFAAuthenticationRequest
from ...models.operator_mfa_verifying_response import OperatorMFAVerifyingResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifyMFA",
    method="POST",
    path="/operators/{operator_id}/mfa/verify",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "verify_mfa")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/mfa/verify".format(
            operator_id=path_segment(operator_id, "operator_id", "verify_mfa"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> OperatorMFAVerifyingResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (OperatorMFAVerifyingResponse), got an empty one"
        )
    response_200 = _from_dict_OperatorMFAVerifyingResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_OperatorMFAVerifyingResponse = OperatorMFAVerifyingResponse.from_dict

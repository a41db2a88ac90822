"""verify_mfa_revoking_token: POST /operators/mfa_revoke_token/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_revoking_token_verify_request import MFARevokingTokenVerifyRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifyMFARevokingToken",
    method="POST",
    path="/operators/mfa_revoke_token/verify",
    group="Operator",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: MFARevokingTokenVerifyRequest | dict[str, Any],
) -> dict[str, Any]:
    """Verify Operator's MFA revoke token

    Verifies the one-time token which is previously issued by calling
    `/operators/mfa_revoke_token/issue` API, operator's email address, password, and one of
    the backup codes. If verified, operator's MFA is going to be revoked.

    Args:
        body: MFARevokingTokenVerifyRequest | dict[str, Any]
    """
    required(body, "body", "verify_mfa_revoking_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/mfa_revoke_token/verify",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

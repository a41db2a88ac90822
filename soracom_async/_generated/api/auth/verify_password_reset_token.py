"""verify_password_reset_token: POST /auth/password_reset_token/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.verify_password_reset_token_request import VerifyPasswordResetTokenRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifyPasswordResetToken",
    method="POST",
    path="/auth/password_reset_token/verify",
    group="Auth",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: VerifyPasswordResetTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Verifies the password reset token and updates password.

    Updates the operator's password if the password reset token is verified.

    Args:
        body: VerifyPasswordResetTokenRequest | dict[str, Any]
    """
    required(body, "body", "verify_password_reset_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth/password_reset_token/verify",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

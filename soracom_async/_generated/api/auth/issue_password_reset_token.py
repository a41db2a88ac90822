"""issue_password_reset_token: POST /auth/password_reset_token/issue"""

from typing import Any

from ....contracts import OperationSpec
from ...models.issue_password_reset_token_request import IssuePasswordResetTokenRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="issuePasswordResetToken",
    method="POST",
    path="/auth/password_reset_token/issue",
    group="Auth",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: IssuePasswordResetTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Issues a password reset token for the operator.

    Generates a password reset token and sends it to the operator's primary email address.
    After receiving the password reset token, call /v1/auth/password_reset_token/verify API
    with the token to update the operator's password.

    Args:
        body: IssuePasswordResetTokenRequest | dict[str, Any]
    """
    required(body, "body", "issue_password_reset_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth/password_reset_token/issue",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

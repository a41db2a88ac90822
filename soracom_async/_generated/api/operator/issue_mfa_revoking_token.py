"""issue_mfa_revoking_token: POST /operators/mfa_revoke_token/issue"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_issue_revoking_token_request import MFAIssueRevokingTokenRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="issueMFARevokingToken",
    method="POST",
    path="/operators/mfa_revoke_token/issue",
    group="Operator",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: MFAIssueRevokingTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Issue Operator's MFA Revoke Token

    Issues a token to revoke operator's MFA. The issued token will be sent to the operator via
    email.

    Args:
        body: MFAIssueRevokingTokenRequest | dict[str, Any]
    """
    required(body, "body", "issue_mfa_revoking_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/mfa_revoke_token/issue",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

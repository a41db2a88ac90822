"""issue_add_email_token: POST /operators/add_email_token/issue"""

from typing import Any

from ....contracts import OperationSpec
from ...models.issue_add_email_token_request import IssueAddEmailTokenRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="issueAddEmailToken",
    method="POST",
    path="/operators/add_email_token/issue",
    group="Email",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: IssueAddEmailTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Issue an authentication token to add an email address

    Generates an authentication token for adding a new email address and sends it to the
    specified email address. This authentication token is used with [Email:verifyAddEmailToken
    API](#/Email/verifyAddEmailToken) to complete email address verification and addition.

    **Warning**: This API can only be executed with root user credentials.

    Args:
        body: IssueAddEmailTokenRequest | dict[str, Any]
    """
    required(body, "body", "issue_add_email_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/add_email_token/issue",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

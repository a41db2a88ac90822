"""verify_add_email_token: POST /operators/add_email_token/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.verify_add_email_token_request import VerifyAddEmailTokenRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifyAddEmailToken",
    method="POST",
    path="/operators/add_email_token/verify",
    group="Email",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: VerifyAddEmailTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Verify an authentication token to add an email address

    Verifies the authentication token issued by [Email:issueAddEmailToken
    API](#/Email/issueAddEmailToken) and adds the email address to the operator.

    **Warning**: Authentication tokens have an expiration time. Expired authentication tokens
    cannot be used.

    Args:
        body: VerifyAddEmailTokenRequest | dict[str, Any]
    """
    required(body, "body", "verify_add_email_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/add_email_token/verify",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""verify_user_mfa: POST /operators/{operator_id}/users/{user_name}/mfa/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_authentication_request import MFAAuthenticationRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifyUserMFA",
    method="POST",
    path="/operators/{operator_id}/users/{user_name}/mfa/verify",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    body: MFAAuthenticationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Verify SAM user's MFA OTP code when MFA activation phase

    Args:
        operator_id (str):
        user_name (str):
        body: MFAAuthenticationRequest | dict[str, Any]
    """
    required(body, "body", "verify_user_mfa")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/mfa/verify".format(
            operator_id=path_segment(operator_id, "operator_id", "verify_user_mfa"),
            user_name=path_segment(user_name, "user_name", "verify_user_mfa"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

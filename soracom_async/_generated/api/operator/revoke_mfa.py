"""revoke_mfa: DELETE /operators/{operator_id}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_revoke_request import MFARevokeRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="revokeMFA",
    method="DELETE",
    path="/operators/{operator_id}/mfa",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: MFARevokeRequest | dict[str, Any],
) -> dict[str, Any]:
    """Revoke Operator's MFA

    Revokes operator's MFA without backup codes.

    Args:
        operator_id (str):
        body: MFARevokeRequest | dict[str, Any]
    """
    required(body, "body", "revoke_mfa")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "revoke_mfa"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

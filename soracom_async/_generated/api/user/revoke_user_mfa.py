"""revoke_user_mfa: DELETE /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="revokeUserMFA",
    method="DELETE",
    path="/operators/{operator_id}/users/{user_name}/mfa",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Revoke SAM user's MFA

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "revoke_user_mfa"),
            user_name=path_segment(user_name, "user_name", "revoke_user_mfa"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

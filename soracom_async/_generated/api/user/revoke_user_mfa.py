"""revoke_user_mfa: DELETE /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
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
        "method": "DELETE",
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "revoke_user_mfa"),
            user_name=path_segment(user_name, "user_name", "revoke_user_mfa"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

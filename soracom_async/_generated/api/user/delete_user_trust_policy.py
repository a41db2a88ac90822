"""delete_user_trust_policy: DELETE /operators/{operator_id}/users/{user_name}/trust_policy"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteUserTrustPolicy",
    method="DELETE",
    path="/operators/{operator_id}/users/{user_name}/trust_policy",
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
    """Deletes user trust policy.

    Deletes user trust policy for switching user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/trust_policy".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_user_trust_policy"),
            user_name=path_segment(user_name, "user_name", "delete_user_trust_policy"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

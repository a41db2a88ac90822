"""detach_role: DELETE /operators/{operator_id}/users/{user_name}/roles/{role_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="detachRole",
    method="DELETE",
    path="/operators/{operator_id}/users/{user_name}/roles/{role_id}",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    role_id: str,
) -> dict[str, Any]:
    """Detach Role from User

    Detaches a role from a user.

    Args:
        operator_id (str):
        user_name (str):
        role_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/roles/{role_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "detach_role"),
            user_name=path_segment(user_name, "user_name", "detach_role"),
            role_id=path_segment(role_id, "role_id", "detach_role"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

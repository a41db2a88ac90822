"""delete_user: DELETE /operators/{operator_id}/users/{user_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteUser",
    method="DELETE",
    path="/operators/{operator_id}/users/{user_name}",
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
    """Delete User.

    Deletes the SAM user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_user"),
            user_name=path_segment(user_name, "user_name", "delete_user"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

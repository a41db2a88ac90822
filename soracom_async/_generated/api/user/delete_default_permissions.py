"""delete_default_permissions: DELETE /operators/{operator_id}/users/default_permissions"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteDefaultPermissions",
    method="DELETE",
    path="/operators/{operator_id}/users/default_permissions",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Delete the default permissions

    Delete the default permissions rule that is applied to all of the SAM

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/default_permissions".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_default_permissions"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

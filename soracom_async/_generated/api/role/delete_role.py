"""delete_role: DELETE /operators/{operator_id}/roles/{role_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteRole",
    method="DELETE",
    path="/operators/{operator_id}/roles/{role_id}",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    role_id: str,
) -> dict[str, Any]:
    """Delete Operator Managed Role

    Deletes an operator managed role.

    Args:
        operator_id (str):
        role_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_role"),
            role_id=path_segment(role_id, "role_id", "delete_role"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

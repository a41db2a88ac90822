"""update_role: PUT /operators/{operator_id}/roles/{role_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_or_update_role_request import CreateOrUpdateRoleRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateRole",
    method="PUT",
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
    body: CreateOrUpdateRoleRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Operator Managed Role

    Edits an operator managed role.

    Args:
        operator_id (str):
        role_id (str):
        body: CreateOrUpdateRoleRequest | dict[str, Any]
    """
    required(body, "body", "update_role")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "update_role"),
            role_id=path_segment(role_id, "role_id", "update_role"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""attach_role: POST /operators/{operator_id}/users/{user_name}/roles"""

from typing import Any

from ....contracts import OperationSpec
from ...models.attach_role_request import AttachRoleRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="attachRole",
    method="POST",
    path="/operators/{operator_id}/users/{user_name}/roles",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
    body: AttachRoleRequest | dict[str, Any],
) -> dict[str, Any]:
    """Attach Role to User

    Attaches a role to a user.

    Args:
        operator_id (str):
        user_name (str):
        body: AttachRoleRequest | dict[str, Any]
    """
    required(body, "body", "attach_role")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/roles".format(
            operator_id=path_segment(operator_id, "operator_id", "attach_role"),
            user_name=path_segment(user_name, "user_name", "attach_role"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""update_default_permissions: PUT /operators/{operator_id}/users/default_permissions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_default_permissions_request import UpdateDefaultPermissionsRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateDefaultPermissions",
    method="PUT",
    path="/operators/{operator_id}/users/default_permissions",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: UpdateDefaultPermissionsRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update the default permissions

    Update the default permissions rule that is applied to all of the SAM

    Args:
        operator_id (str):
        body: UpdateDefaultPermissionsRequest | dict[str, Any]
    """
    required(body, "body", "update_default_permissions")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/default_permissions".format(
            operator_id=path_segment(operator_id, "operator_id", "update_default_permissions"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

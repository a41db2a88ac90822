"""update_lagoon_user_permission: PUT /lagoon/users/{lagoon_user_id}/permission"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_user_permission_updating_request import LagoonUserPermissionUpdatingRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateLagoonUserPermission",
    method="PUT",
    path="/lagoon/users/{lagoon_user_id}/permission",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    lagoon_user_id: int,
    body: LagoonUserPermissionUpdatingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update permission of a Soracom Lagoon user

    Update permission of a Soracom Lagoon user.

    Args:
        lagoon_user_id (int):
        body: LagoonUserPermissionUpdatingRequest | dict[str, Any]
    """
    required(body, "body", "update_lagoon_user_permission")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/users/{lagoon_user_id}/permission".format(
            lagoon_user_id=path_segment(
                lagoon_user_id, "lagoon_user_id", "update_lagoon_user_permission", "int"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""update_lagoon_user_email: PUT /lagoon/users/{lagoon_user_id}/email"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_user_email_updating_request import LagoonUserEmailUpdatingRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateLagoonUserEmail",
    method="PUT",
    path="/lagoon/users/{lagoon_user_id}/email",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    lagoon_user_id: int,
    body: LagoonUserEmailUpdatingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update email address of a Soracom Lagoon user

    Update email address of a Soracom Lagoon user.

    Args:
        lagoon_user_id (int):
        body: LagoonUserEmailUpdatingRequest | dict[str, Any]
    """
    required(body, "body", "update_lagoon_user_email")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/users/{lagoon_user_id}/email".format(
            lagoon_user_id=path_segment(
                lagoon_user_id, "lagoon_user_id", "update_lagoon_user_email", "int"
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

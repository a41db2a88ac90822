"""delete_lagoon_user: DELETE /lagoon/users/{lagoon_user_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteLagoonUser",
    method="DELETE",
    path="/lagoon/users/{lagoon_user_id}",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    lagoon_user_id: int,
) -> dict[str, Any]:
    """Delete a Soracom Lagoon user

    Delete a Soracom Lagoon user.

    Args:
        lagoon_user_id (int):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/users/{lagoon_user_id}".format(
            lagoon_user_id=path_segment(
                lagoon_user_id, "lagoon_user_id", "delete_lagoon_user", "int"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_group: DELETE /groups/{group_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteGroup",
    method="DELETE",
    path="/groups/{group_id}",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
) -> dict[str, Any]:
    """Delete Group

    Deletes the group specified by Group ID.

    Args:
        group_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id", "delete_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_group: DELETE /groups/{group_id}"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
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
        "method": "DELETE",
        "url": "/groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id", "delete_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

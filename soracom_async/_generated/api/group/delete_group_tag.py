"""delete_group_tag: DELETE /groups/{group_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteGroupTag",
    method="DELETE",
    path="/groups/{group_id}/tags/{tag_name}",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete Group Tag

    Deletes tag from the specified group.

    Args:
        group_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}/tags/{tag_name}".format(
            group_id=path_segment(group_id, "group_id", "delete_group_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_group_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_group_tag: DELETE /groups/{group_id}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/groups/{group_id}/tags/{tag_name}".format(
            group_id=quote(str(group_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

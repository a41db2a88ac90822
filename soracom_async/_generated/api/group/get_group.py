"""get_group: GET /groups/{group_id}"""

from typing import Any
from urllib.parse import quote

from ...models.group import Group
from ...types import ResponseLike


def build(
    *,
    group_id: str,
) -> dict[str, Any]:
    """Get Group
    Returns the group specified by the group ID.

    Args:
        group_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    response_200 = Group.from_dict(response.json())

    return response_200

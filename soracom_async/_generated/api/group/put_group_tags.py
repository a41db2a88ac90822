"""put_group_tags: PUT /groups/{group_id}/tags"""

from typing import Any
from urllib.parse import quote

from ...models.group import Group
from ...models.tag_update_request import TagUpdateRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    group_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Update Group Tags
    Adds/updates tags of specified configuration group.

    Args:
        group_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/groups/{group_id}/tags".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    response_200 = Group.from_dict(response.json())

    return response_200

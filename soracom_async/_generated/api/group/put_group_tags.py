"""put_group_tags: PUT /groups/{group_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.group import Group
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putGroupTags",
    method="PUT",
    path="/groups/{group_id}/tags",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "put_group_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}/tags".format(
            group_id=path_segment(group_id, "group_id", "put_group_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Group), got an empty one")
    response_200 = _from_dict_Group(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Group = Group.from_dict

"""get_group: GET /groups/{group_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.group import Group
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getGroup",
    method="GET",
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
    """Get Group

    Returns the group specified by the group ID.

    Args:
        group_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id", "get_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Group), got an empty one")
    response_200 = _from_dict_Group(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Group = Group.from_dict

"""create_group: POST /groups"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_group_request import CreateGroupRequest
from ...models.group import Group
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createGroup",
    method="POST",
    path="/groups",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Group

    Create a new group.

    Args:
        body: CreateGroupRequest | dict[str, Any]
    """
    required(body, "body", "create_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/groups",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Group), got an empty one")
    response_201 = _from_dict_Group(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_Group = Group.from_dict

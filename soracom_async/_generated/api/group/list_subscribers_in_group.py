"""list_subscribers_in_group: GET /groups/{group_id}/subscribers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSubscribersInGroup",
    method="GET",
    path="/groups/{group_id}/subscribers",
    group="Group",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    group_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List Subscribers in a group

    Returns a list of subscribers that belong to the specified group by group ID.

    Args:
        group_id (str):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}/subscribers".format(
            group_id=path_segment(group_id, "group_id", "list_subscribers_in_group"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Sim]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Sim]), got an empty one")
    _response_200 = response.json()
    response_200: list[Sim]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Sim(v) for v in _response_200]

    return response_200


def items(page: list[Sim]) -> list[Sim]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    group_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "group_id": group_id,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Sim.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

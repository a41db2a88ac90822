"""list_sim_status_history: GET /sims/{sim_id}/statuses/history"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sim_status_history_sort import ListSimStatusHistorySort
from ...models.sim_status_history_response import SimStatusHistoryResponse
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
    operation_id="listSimStatusHistory",
    method="GET",
    path="/sims/{sim_id}/statuses/history",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    sim_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | Unset = ListSimStatusHistorySort.DESC,
    limit: int | Unset = 30,
) -> dict[str, Any]:
    """List IoT SIM status operation history

    List IoT SIM status operation history. Status operation history entry records what status
    operations were performed for which IMSI and which subscriptions, along with the operation
    time. It includes speed class, group ID, IoT SIM status, etc. If the total number of
    status operation history entry does not fit in one page, a URL for accessing the next page
    is returned in the `link` header of the response.

    Args:
        sim_id (str):
        from_ (int | Unset):
        to (int | Unset):
        last_evaluated_key (str | Unset):
        sort (ListSimStatusHistorySort | Unset):  Default: ListSimStatusHistorySort.DESC.
        limit (int | Unset):  Default: 30.
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_evaluated_key"] = last_evaluated_key

    json_sort: str | None | Unset
    if sort is None or sort is UNSET:
        json_sort = sort
    else:
        json_sort = str(sort)

    params["sort"] = json_sort

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/statuses/history".format(
            sim_id=path_segment(sim_id, "sim_id", "list_sim_status_history"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SimStatusHistoryResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SimStatusHistoryResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SimStatusHistoryResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SimStatusHistoryResponse(v) for v in _response_200]

    return response_200


def items(page: list[SimStatusHistoryResponse]) -> list[SimStatusHistoryResponse]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    sim_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | Unset = ListSimStatusHistorySort.DESC,
    limit: int | Unset = 30,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "sim_id": sim_id,
        "from_": from_,
        "to": to,
        "last_evaluated_key": last_evaluated_key,
        "sort": sort,
        "limit": limit,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SimStatusHistoryResponse.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SimStatusHistoryResponse = SimStatusHistoryResponse.from_dict

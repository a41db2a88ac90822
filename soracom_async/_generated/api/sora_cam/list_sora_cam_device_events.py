"""list_sora_cam_device_events: GET /sora_cam/devices/events"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sora_cam_device_events_sort import ListSoraCamDeviceEventsSort
from ...models.sora_cam_event import SoraCamEvent
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDeviceEvents",
    method="GET",
    path="/sora_cam/devices/events",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str | Unset = UNSET,
    last_evaluated_key: int | Unset = UNSET,
    limit: int | Unset = 10,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceEventsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceEventsSort.DESC,
) -> dict[str, Any]:
    """List SoraCam events.

    Returns list of SoraCam events.

    Args:
        device_id (str | Unset):
        last_evaluated_key (int | Unset):
        limit (int | Unset):  Default: 10.
        from_ (int | Unset):
        to (int | Unset):
        sort (ListSoraCamDeviceEventsSort | Unset):  Default:
            ListSoraCamDeviceEventsSort.DESC.
    """
    params: dict[str, Any] = {}

    params["device_id"] = device_id

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    params["from"] = from_

    params["to"] = to

    json_sort: str | None | Unset
    if sort is None or sort is UNSET:
        json_sort = sort
    else:
        json_sort = str(sort)

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/events",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamEvent]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SoraCamEvent]), got an empty one")
    _response_200 = response.json()
    response_200: list[SoraCamEvent]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamEvent(v) for v in _response_200]

    return response_200


def items(page: list[SoraCamEvent]) -> list[SoraCamEvent]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    device_id: str | Unset = UNSET,
    last_evaluated_key: int | Unset = UNSET,
    limit: int | Unset = 10,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceEventsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceEventsSort.DESC,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "device_id": device_id,
        "last_evaluated_key": last_evaluated_key,
        "limit": limit,
        "from_": from_,
        "to": to,
        "sort": sort,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SoraCamEvent.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamEvent = SoraCamEvent.from_dict

"""list_sora_cam_device_events_for_device: GET /sora_cam/devices/{device_id}/events"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sora_cam_device_events_for_device_sort import (
    ListSoraCamDeviceEventsForDeviceSort,
)
from ...models.sora_cam_event import SoraCamEvent
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
    operation_id="listSoraCamDeviceEventsForDevice",
    method="GET",
    path="/sora_cam/devices/{device_id}/events",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceEventsForDeviceSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceEventsForDeviceSort.DESC,
) -> dict[str, Any]:
    """List SoraCam events for the specified device.

    Returns list of SoraCam events for the specified device.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        last_evaluated_key (str | Unset):
        limit (int | Unset):  Default: 10.
        from_ (int | Unset):
        to (int | Unset):
        sort (ListSoraCamDeviceEventsForDeviceSort | Unset):  Default:
            ListSoraCamDeviceEventsForDeviceSort.DESC.
    """
    params: dict[str, Any] = {}

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
        "url": "/sora_cam/devices/{device_id}/events".format(
            device_id=path_segment(
                device_id, "device_id", "list_sora_cam_device_events_for_device"
            ),
        ),
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
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceEventsForDeviceSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceEventsForDeviceSort.DESC,
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

"""list_sora_cam_device_recordings_and_events: GET /sora_cam/devices/{device_id}/recordings_and_events"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sora_cam_device_recordings_and_events_sort import (
    ListSoraCamDeviceRecordingsAndEventsSort,
)
from ...models.sora_cam_recordings_and_events_list import SoraCamRecordingsAndEventsList
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDeviceRecordingsAndEvents",
    method="GET",
    path="/sora_cam/devices/{device_id}/recordings_and_events",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceRecordingsAndEventsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceRecordingsAndEventsSort.DESC,
) -> dict[str, Any]:
    """Retrieve a list of recording periods and events for a SoraCam compatible camera device

    Returns a list of recordings and events for a SoraCam compatible camera device.

    **Warning**: If you will run this API with a SAM user's API key and API token, please add
    the `OAuth2:authorize` permission to the SAM user in addition to the permission required
    to call this API (e.g. `SoraCam:*`). For more information on setting permissions, see
    [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        last_evaluated_key (str | Unset):
        from_ (int | Unset):
        to (int | Unset):
        sort (ListSoraCamDeviceRecordingsAndEventsSort | Unset):  Default:
            ListSoraCamDeviceRecordingsAndEventsSort.DESC.
    """
    params: dict[str, Any] = {}

    params["last_evaluated_key"] = last_evaluated_key

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
        "url": "/sora_cam/devices/{device_id}/recordings_and_events".format(
            device_id=path_segment(
                device_id, "device_id", "list_sora_cam_device_recordings_and_events"
            ),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamRecordingsAndEventsList:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamRecordingsAndEventsList), got an empty one"
        )
    response_200 = _from_dict_SoraCamRecordingsAndEventsList(response.json())

    return response_200


def items(page: SoraCamRecordingsAndEventsList) -> list[SoraCamRecordingsAndEventsList]:
    """The items of one page: the page is one item (it has no single list of them)."""
    return [page]


def paging(
    *,
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: ListSoraCamDeviceRecordingsAndEventsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceRecordingsAndEventsSort.DESC,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "device_id": device_id,
        "last_evaluated_key": last_evaluated_key,
        "from_": from_,
        "to": to,
        "sort": sort,
    }
    return PageRequest({k: v for k, v in given.items() if v is not UNSET}, start_key, prefetch)


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamRecordingsAndEventsList = SoraCamRecordingsAndEventsList.from_dict

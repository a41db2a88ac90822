"""get_data_from_sigfox_device: GET /sigfox_devices/{device_id}/data"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.data_entry import DataEntry
from ...models.get_data_from_sigfox_device_sort import GetDataFromSigfoxDeviceSort
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
    operation_id="getDataFromSigfoxDevice",
    method="GET",
    path="/sigfox_devices/{device_id}/data",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: GetDataFromSigfoxDeviceSort
    | Literal["desc", "asc"]
    | Unset = GetDataFromSigfoxDeviceSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Retrieves data sent from a Sigfox device to Harvest Data

    Retrieves data that matches the specified conditions from the data sent by the specified
    Sigfox device to Harvest Data. If the data entries do not fit in one page, a URL to
    retrieve the next page with the same conditions will be included in the `link` header of
    the response.

    Args:
        device_id (str):
        from_ (int | Unset):
        to (int | Unset):
        sort (GetDataFromSigfoxDeviceSort | Unset):  Default:
            GetDataFromSigfoxDeviceSort.DESC.
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_sort: str | None | Unset
    if sort is None or sort is UNSET:
        json_sort = sort
    else:
        json_sort = str(sort)

    params["sort"] = json_sort

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/data".format(
            device_id=path_segment(device_id, "device_id", "get_data_from_sigfox_device"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[DataEntry]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[DataEntry]), got an empty one")
    _response_200 = response.json()
    response_200: list[DataEntry]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_DataEntry(v) for v in _response_200]

    return response_200


def items(page: list[DataEntry]) -> list[DataEntry]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    device_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: GetDataFromSigfoxDeviceSort
    | Literal["desc", "asc"]
    | Unset = GetDataFromSigfoxDeviceSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "device_id": device_id,
        "from_": from_,
        "to": to,
        "sort": sort,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        DataEntry.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_DataEntry = DataEntry.from_dict

"""get_data_from_subscriber: GET /subscribers/{imsi}/data"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.data_entry import DataEntry
from ...models.get_data_from_subscriber_sort import GetDataFromSubscriberSort
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
    operation_id="getDataFromSubscriber",
    method="GET",
    path="/subscribers/{imsi}/data",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    imsi: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: GetDataFromSubscriberSort
    | Literal["desc", "asc"]
    | Unset = GetDataFromSubscriberSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get data sent from a subscriber to Harvest Data.

    Returns a list of data entries sent to Harvest Data from a subscriber that match certain
    criteria. If the total number of data entries does not fit in one page, a URL for
    accessing the next page is returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | Unset):
        to (int | Unset):
        sort (GetDataFromSubscriberSort | Unset):  Default: GetDataFromSubscriberSort.DESC.
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
        "url": "/subscribers/{imsi}/data".format(
            imsi=path_segment(imsi, "imsi", "get_data_from_subscriber"),
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
    imsi: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: GetDataFromSubscriberSort
    | Literal["desc", "asc"]
    | Unset = GetDataFromSubscriberSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "imsi": imsi,
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

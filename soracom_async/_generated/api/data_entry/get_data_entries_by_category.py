"""get_data_entries_by_category: GET /data/categories/{category}"""

from typing import Any
from urllib.parse import quote

from ...models.data_entry import DataEntry
from ...models.get_data_entries_by_category_sort import GetDataEntriesByCategorySort
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    category: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    sort: GetDataEntriesByCategorySort | Unset = GetDataEntriesByCategorySort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get data entries for a specific category
    Returns a list of data entries that belong to a specific category. If the total number of
    entries does not fit in one page, a URL for accessing the next page is returned in the
    `link` header of the response.

    Args:
        category (str):
        from_ (int | Unset):
        to (int | Unset):
        sort (GetDataEntriesByCategorySort | Unset):  Default:
            GetDataEntriesByCategorySort.DESC.
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/data/categories/{category}".format(
            category=quote(str(category), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[DataEntry]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = DataEntry.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

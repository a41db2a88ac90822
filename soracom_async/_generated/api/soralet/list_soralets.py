"""list_soralets: GET /soralets"""

from typing import Any

from ...models.list_soralets_sort import ListSoraletsSort
from ...models.soralet import Soralet
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    sort: ListSoraletsSort | Unset = ListSoraletsSort.ASC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List Soralets
    Returns a list of Soralets.

    Args:
        sort (ListSoraletsSort | Unset):  Default: ListSoraletsSort.ASC.
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/soralets",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Soralet]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = Soralet.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

"""list_soralet_versions: GET /soralets/{soralet_id}/versions"""

from typing import Any
from urllib.parse import quote

from ...models.list_soralet_versions_sort import ListSoraletVersionsSort
from ...models.soralet_version import SoraletVersion
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    soralet_id: str,
    sort: ListSoraletVersionsSort | Unset = ListSoraletVersionsSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List versions of Soralet
    Returns a list of Soralet versions.

    Args:
        soralet_id (str):
        sort (ListSoraletVersionsSort | Unset):  Default: ListSoraletVersionsSort.DESC.
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
        "url": "/soralets/{soralet_id}/versions".format(
            soralet_id=quote(str(soralet_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraletVersion]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = SoraletVersion.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

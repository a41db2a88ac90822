"""list_soralet_versions: GET /soralets/{soralet_id}/versions"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_soralet_versions_sort import ListSoraletVersionsSort
from ...models.soralet_version import SoraletVersion
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
    operation_id="listSoraletVersions",
    method="GET",
    path="/soralets/{soralet_id}/versions",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    soralet_id: str,
    sort: ListSoraletVersionsSort | Literal["asc", "desc"] | Unset = ListSoraletVersionsSort.DESC,
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
        "url": "/soralets/{soralet_id}/versions".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "list_soralet_versions"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraletVersion]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SoraletVersion]), got an empty one")
    _response_200 = response.json()
    response_200: list[SoraletVersion]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraletVersion(v) for v in _response_200]

    return response_200


def items(page: list[SoraletVersion]) -> list[SoraletVersion]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    soralet_id: str,
    sort: ListSoraletVersionsSort | Literal["asc", "desc"] | Unset = ListSoraletVersionsSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "soralet_id": soralet_id,
        "sort": sort,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SoraletVersion.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SoraletVersion = SoraletVersion.from_dict

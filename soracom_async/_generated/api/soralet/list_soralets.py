"""list_soralets: GET /soralets"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_soralets_sort import ListSoraletsSort
from ...models.soralet import Soralet
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoralets",
    method="GET",
    path="/soralets",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    sort: ListSoraletsSort | Literal["asc", "desc"] | Unset = ListSoraletsSort.ASC,
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
        "url": "/soralets",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Soralet]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Soralet]), got an empty one")
    _response_200 = response.json()
    response_200: list[Soralet]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Soralet(v) for v in _response_200]

    return response_200


def items(page: list[Soralet]) -> list[Soralet]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    sort: ListSoraletsSort | Literal["asc", "desc"] | Unset = ListSoraletsSort.ASC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "sort": sort,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Soralet.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Soralet = Soralet.from_dict

"""get_soralet_logs: GET /soralets/{soralet_id}/logs"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_soralet_logs_sort import GetSoraletLogsSort
from ...models.soralet_log import SoraletLog
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
    operation_id="getSoraletLogs",
    method="GET",
    path="/soralets/{soralet_id}/logs",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    soralet_id: str,
    sort: GetSoraletLogsSort | Literal["asc", "desc"] | Unset = GetSoraletLogsSort.DESC,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get log messages from Soralet

    Returns a list of log messages from the specified Soralet.

    Args:
        soralet_id (str):
        sort (GetSoraletLogsSort | Unset):  Default: GetSoraletLogsSort.DESC.
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
        "url": "/soralets/{soralet_id}/logs".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "get_soralet_logs"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraletLog]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SoraletLog]), got an empty one")
    _response_200 = response.json()
    response_200: list[SoraletLog]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraletLog(v) for v in _response_200]

    return response_200


def items(page: list[SoraletLog]) -> list[SoraletLog]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    soralet_id: str,
    sort: GetSoraletLogsSort | Literal["asc", "desc"] | Unset = GetSoraletLogsSort.DESC,
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
        SoraletLog.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SoraletLog = SoraletLog.from_dict

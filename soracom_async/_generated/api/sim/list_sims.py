"""list_sims: GET /sims"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSims",
    method="GET",
    path="/sims",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List SIMs

    Returns a list of SIMs. If the total number of SIMs does not fit in one page, a URL for
    accessing the next page is returned in the `link` header of the response.

    Args:
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sims",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Sim]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Sim]), got an empty one")
    _response_200 = response.json()
    response_200: list[Sim]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Sim(v) for v in _response_200]

    return response_200


def items(page: list[Sim]) -> list[Sim]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Sim.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

"""list_port_mappings: GET /port_mappings"""

from typing import Any

from ....contracts import OperationSpec
from ...models.port_mapping import PortMapping
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listPortMappings",
    method="GET",
    path="/port_mappings",
    group="PortMapping",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Retrieve a list of Napter On-Demand Remote Access entries

    Returns a list of Napter On-Demand Remote Access entries.

    Args:
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/port_mappings",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[PortMapping]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[PortMapping]), got an empty one")
    _response_200 = response.json()
    response_200: list[PortMapping]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_PortMapping(v) for v in _response_200]

    return response_200


def items(page: list[PortMapping]) -> list[PortMapping]:
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
        PortMapping.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_PortMapping = PortMapping.from_dict

"""list_profile_orders: GET /sim_profile_orders"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_profile_order_response import SimProfileOrderResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listProfileOrders",
    method="GET",
    path="/sim_profile_orders",
    group="SimProfileOrder",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    limit: int | Unset = 100,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List eSIM profile orders

    Returns a list of eSIM profile orders. If the total number of orders does not fit in one
    page, a URL for accessing the next page is returned in the `link` header of the response.

    Args:
        limit (int | Unset):  Default: 100.
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sim_profile_orders",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SimProfileOrderResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SimProfileOrderResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SimProfileOrderResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SimProfileOrderResponse(v) for v in _response_200]

    return response_200


def items(page: list[SimProfileOrderResponse]) -> list[SimProfileOrderResponse]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    limit: int | Unset = 100,
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
        SimProfileOrderResponse.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SimProfileOrderResponse = SimProfileOrderResponse.from_dict

"""list_orders: GET /orders"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_order_response import ListOrderResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="listOrders",
    method="GET",
    path="/orders",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Get a list of confirmed order history

    Get a list of confirmed order history.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    """

    _kwargs: dict[str, Any] = {
        "url": "/orders",
    }
    return _kwargs


def parse(response: ResponseLike) -> ListOrderResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ListOrderResponse), got an empty one")
    response_200 = _from_dict_ListOrderResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListOrderResponse = ListOrderResponse.from_dict

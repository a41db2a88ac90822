"""get_order: GET /orders/{order_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_order_response import GetOrderResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getOrder",
    method="GET",
    path="/orders/{order_id}",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Get a confirmed order

    Returns a confirmed order.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/orders/{order_id}".format(
            order_id=path_segment(order_id, "order_id", "get_order"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetOrderResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetOrderResponse), got an empty one")
    response_200 = _from_dict_GetOrderResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetOrderResponse = GetOrderResponse.from_dict

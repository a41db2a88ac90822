"""cancel_order: PUT /orders/{order_id}/cancel"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="cancelOrder",
    method="PUT",
    path="/orders/{order_id}/cancel",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Cancel order

    Cancels an order. If the order has already been dispatched, an error is returned.

    Args:
        order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/orders/{order_id}/cancel".format(
            order_id=path_segment(order_id, "order_id", "cancel_order"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

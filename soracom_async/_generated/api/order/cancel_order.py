"""cancel_order: PUT /orders/{order_id}/cancel"""

from typing import Any, cast
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "PUT",
        "url": "/orders/{order_id}/cancel".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> str:
    """The parsed body of a successful (2xx) response."""
    response_204 = cast(str, response.json())
    return response_204

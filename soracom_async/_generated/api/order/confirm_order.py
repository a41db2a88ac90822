"""confirm_order: PUT /orders/{order_id}/confirm"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_order_response import GetOrderResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="confirmOrder",
    method="PUT",
    path="/orders/{order_id}/confirm",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Confirm order

    Performs a credit limit and confirms the order if no problems are encountered.

    **Warning**: Only orders completed within the past month can be confirmed. If one month
    has elapsed, please redo the order placement operation.

    Args:
        order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/orders/{order_id}/confirm".format(
            order_id=path_segment(order_id, "order_id", "confirm_order"),
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

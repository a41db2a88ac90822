"""create_quotation: POST /orders"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_estimated_order_request import CreateEstimatedOrderRequest
from ...models.estimated_order_model import EstimatedOrderModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createQuotation",
    method="POST",
    path="/orders",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateEstimatedOrderRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Quotation

    Creates a new order quotation. If the orderId is put in /orders/{order_id}/confirm, the
    order is complete.

    Args:
        body: CreateEstimatedOrderRequest | dict[str, Any]
    """
    required(body, "body", "create_quotation")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/orders",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> EstimatedOrderModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EstimatedOrderModel), got an empty one")
    response_201 = _from_dict_EstimatedOrderModel(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_EstimatedOrderModel = EstimatedOrderModel.from_dict

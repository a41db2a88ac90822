"""create_volume_discount_quotation: POST /volume_discounts"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_estimated_volume_discount_request import CreateEstimatedVolumeDiscountRequest
from ...models.estimated_volume_discount_model import EstimatedVolumeDiscountModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createVolumeDiscountQuotation",
    method="POST",
    path="/volume_discounts",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateEstimatedVolumeDiscountRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create long term discount quotation

    Creates a new long term discount quotation. If the orderId is put in
    /volume_discounts/{order_id}/confirm, the order is complete (Currently, long term discount
    is only applied to plan-D (without bundle), plan-K).

    Args:
        body: CreateEstimatedVolumeDiscountRequest | dict[str, Any]
    """
    required(body, "body", "create_volume_discount_quotation")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/volume_discounts",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> EstimatedVolumeDiscountModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (EstimatedVolumeDiscountModel), got an empty one"
        )
    response_201 = _from_dict_EstimatedVolumeDiscountModel(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_EstimatedVolumeDiscountModel = EstimatedVolumeDiscountModel.from_dict

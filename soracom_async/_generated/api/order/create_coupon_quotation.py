"""create_coupon_quotation: POST /coupons"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_estimated_coupon_request import CreateEstimatedCouponRequest
from ...models.estimated_coupon_model import EstimatedCouponModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createCouponQuotation",
    method="POST",
    path="/coupons",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateEstimatedCouponRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create coupon quotation

    Creates a new coupon quotation. If the orderId is put in /coupons/{order_id}/confirm, the
    order is complete.

    Args:
        body: CreateEstimatedCouponRequest | dict[str, Any]
    """
    required(body, "body", "create_coupon_quotation")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/coupons",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> EstimatedCouponModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EstimatedCouponModel), got an empty one")
    response_201 = _from_dict_EstimatedCouponModel(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_EstimatedCouponModel = EstimatedCouponModel.from_dict

"""confirm_coupon_order: PUT /coupons/{order_id}/confirm"""

from typing import Any

from ....contracts import OperationSpec
from ...models.coupon_response import CouponResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="confirmCouponOrder",
    method="PUT",
    path="/coupons/{order_id}/confirm",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Confirm coupon order

    Performs a credit limit and confirms the order if no problems are encountered.

    Args:
        order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/coupons/{order_id}/confirm".format(
            order_id=path_segment(order_id, "order_id", "confirm_coupon_order"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> CouponResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CouponResponse), got an empty one")
    response_200 = _from_dict_CouponResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CouponResponse = CouponResponse.from_dict

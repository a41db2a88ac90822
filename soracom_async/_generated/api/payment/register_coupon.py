"""register_coupon: POST /coupons/{coupon_code}/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.coupon_response import CouponResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="registerCoupon",
    method="POST",
    path="/coupons/{coupon_code}/register",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    coupon_code: str,
) -> dict[str, Any]:
    """Register Coupon

    Registers a coupon.

    Args:
        coupon_code (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/coupons/{coupon_code}/register".format(
            coupon_code=path_segment(coupon_code, "coupon_code", "register_coupon"),
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

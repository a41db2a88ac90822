"""register_coupon: POST /coupons/{coupon_code}/register"""

from typing import Any
from urllib.parse import quote

from ...models.coupon_response import CouponResponse
from ...types import ResponseLike


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
        "method": "POST",
        "url": "/coupons/{coupon_code}/register".format(
            coupon_code=quote(str(coupon_code), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> CouponResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = CouponResponse.from_dict(response.json())

    return response_200

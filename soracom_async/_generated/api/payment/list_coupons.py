"""list_coupons: GET /coupons"""

from typing import Any

import httpx

from ...models.list_coupon_response import ListCouponResponse


def build() -> dict[str, Any]:
    """List coupons.
    Returns a list of currently registered coupons.

    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/coupons",
    }
    return _kwargs


def parse(response: httpx.Response) -> ListCouponResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = ListCouponResponse.from_dict(response.json())

    return response_200

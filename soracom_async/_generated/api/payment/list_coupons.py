"""list_coupons: GET /coupons"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_coupon_response import ListCouponResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="listCoupons",
    method="GET",
    path="/coupons",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List coupons.

    Returns a list of currently registered coupons.

    """

    _kwargs: dict[str, Any] = {
        "url": "/coupons",
    }
    return _kwargs


def parse(response: ResponseLike) -> ListCouponResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ListCouponResponse), got an empty one")
    response_200 = _from_dict_ListCouponResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListCouponResponse = ListCouponResponse.from_dict

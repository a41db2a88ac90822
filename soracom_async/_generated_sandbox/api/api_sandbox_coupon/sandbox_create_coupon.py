"""sandbox_create_coupon: POST /sandbox/coupons/create"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_create_coupon_request import SandboxCreateCouponRequest
from ...models.sandbox_create_coupon_response import SandboxCreateCouponResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxCreateCoupon",
    method="POST",
    path="/sandbox/coupons/create",
    group="API Sandbox: Coupon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: SandboxCreateCouponRequest | dict[str, Any],
) -> dict[str, Any]:
    """Creates a coupon

    Creates a coupon.

    Args:
        body: SandboxCreateCouponRequest | dict[str, Any]
    """
    required(body, "body", "sandbox_create_coupon")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/coupons/create",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SandboxCreateCouponResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SandboxCreateCouponResponse), got an empty one")
    response_200 = _from_dict_SandboxCreateCouponResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SandboxCreateCouponResponse = SandboxCreateCouponResponse.from_dict

"""get_payment_method: GET /payment_methods/current"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_payment_method_result import GetPaymentMethodResult
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="getPaymentMethod",
    method="GET",
    path="/payment_methods/current",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Get current payment method information.

    Returns current payment methods. Detailed information is included in the properties.

    """

    _kwargs: dict[str, Any] = {
        "url": "/payment_methods/current",
    }
    return _kwargs


def parse(response: ResponseLike) -> GetPaymentMethodResult:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetPaymentMethodResult), got an empty one")
    response_200 = _from_dict_GetPaymentMethodResult(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetPaymentMethodResult = GetPaymentMethodResult.from_dict

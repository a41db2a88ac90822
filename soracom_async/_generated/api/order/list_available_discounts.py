"""list_available_discounts: GET /volume_discounts/available_discounts"""

from typing import Any

from ....contracts import OperationSpec
from ...models.available_long_term_discount_response import AvailableLongTermDiscountResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="listAvailableDiscounts",
    method="GET",
    path="/volume_discounts/available_discounts",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List available long term discounts

    Returns a list of available long term discounts.

    """

    _kwargs: dict[str, Any] = {
        "url": "/volume_discounts/available_discounts",
    }
    return _kwargs


def parse(response: ResponseLike) -> AvailableLongTermDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (AvailableLongTermDiscountResponse), got an empty one"
        )
    response_200 = _from_dict_AvailableLongTermDiscountResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AvailableLongTermDiscountResponse = AvailableLongTermDiscountResponse.from_dict

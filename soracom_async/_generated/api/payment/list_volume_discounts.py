"""list_volume_discounts: GET /volume_discounts"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_volume_discount_response import ListVolumeDiscountResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="listVolumeDiscounts",
    method="GET",
    path="/volume_discounts",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List long term discounts

    Returns a list of contracted long term discounts.

    **Warning**: Information can be obtained up to 18 months in the past or 6 months after the
    contract ends. If you need the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    """

    _kwargs: dict[str, Any] = {
        "url": "/volume_discounts",
    }
    return _kwargs


def parse(response: ResponseLike) -> ListVolumeDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ListVolumeDiscountResponse), got an empty one")
    response_200 = _from_dict_ListVolumeDiscountResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListVolumeDiscountResponse = ListVolumeDiscountResponse.from_dict

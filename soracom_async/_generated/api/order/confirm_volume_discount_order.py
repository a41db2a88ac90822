"""confirm_volume_discount_order: PUT /volume_discounts/{order_id}/confirm"""

from typing import Any
from urllib.parse import quote

from ...models.get_volume_discount_response import GetVolumeDiscountResponse
from ...types import ResponseLike


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Confirm long-term discount order
    Performs a credit check and confirms the order if there are no issues.

    Args:
        order_id (str):  Example: xxxxxxxxxxxxxx_xxxxxxxx.
    """

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/volume_discounts/{order_id}/confirm".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetVolumeDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetVolumeDiscountResponse.from_dict(response.json())

    return response_200

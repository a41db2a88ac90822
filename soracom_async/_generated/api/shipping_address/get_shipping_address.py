"""get_shipping_address: GET /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any
from urllib.parse import quote

from ...models.get_shipping_address_response import GetShippingAddressResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    shipping_address_id: str,
) -> dict[str, Any]:
    """Get shipping address
    Returns a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            shipping_address_id=quote(str(shipping_address_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetShippingAddressResponse.from_dict(response.json())

    return response_200

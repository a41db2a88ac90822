"""list_shipping_addresses: GET /operators/{operator_id}/shipping_addresses"""

from typing import Any
from urllib.parse import quote

from ...models.list_shipping_address_response import ListShippingAddressResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List shipping addresses
    Returns a list of shipping addresses.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/shipping_addresses".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> ListShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = ListShippingAddressResponse.from_dict(response.json())

    return response_200

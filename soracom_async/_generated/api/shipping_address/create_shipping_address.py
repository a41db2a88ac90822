"""create_shipping_address: POST /operators/{operator_id}/shipping_addresses"""

from typing import Any
from urllib.parse import quote

from ...models.get_shipping_address_response import GetShippingAddressResponse
from ...models.shipping_address_model import ShippingAddressModel
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: ShippingAddressModel | dict[str, Any],
) -> dict[str, Any]:
    """Create shipping address
    Creates a new shipping address.

    Args:
        operator_id (str):
        body: ShippingAddressModel | dict[str, Any] (Shipping address.)
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/shipping_addresses".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GetShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    response_201 = GetShippingAddressResponse.from_dict(response.json())

    return response_201

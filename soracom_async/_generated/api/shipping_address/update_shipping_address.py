"""update_shipping_address: PUT /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any
from urllib.parse import quote

from ...models.shipping_address_model import ShippingAddressModel
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    shipping_address_id: str,
    body: ShippingAddressModel | dict[str, Any],
) -> dict[str, Any]:
    """Update shipping address
    Updates a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
        body: ShippingAddressModel | dict[str, Any] (Shipping address.)
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            shipping_address_id=quote(str(shipping_address_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_shipping_address: DELETE /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    shipping_address_id: str,
) -> dict[str, Any]:
    """Delete shipping address
    Deletes a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            shipping_address_id=quote(str(shipping_address_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

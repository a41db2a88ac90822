"""get_gadget: GET /gadgets/{product_id}/{serial_number}"""

from typing import Any
from urllib.parse import quote

from ...models.gadget import Gadget
from ...models.get_gadget_product_id import GetGadgetProductId
from ...types import ResponseLike


def build(
    *,
    product_id: GetGadgetProductId,
    serial_number: str,
) -> dict[str, Any]:
    """Get Gadget API compatible device
    Returns information about the specified Gadget API compatible device.

    Args:
        product_id (GetGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/gadgets/{product_id}/{serial_number}".format(
            product_id=quote(str(product_id), safe=""),
            serial_number=quote(str(serial_number), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Gadget:
    """The parsed body of a successful (2xx) response."""
    response_200 = Gadget.from_dict(response.json())

    return response_200

"""terminate_gadget: POST /gadgets/{product_id}/{serial_number}/terminate"""

from typing import Any
from urllib.parse import quote

from ...models.gadget import Gadget
from ...models.terminate_gadget_product_id import TerminateGadgetProductId
from ...types import ResponseLike


def build(
    *,
    product_id: TerminateGadgetProductId,
    serial_number: str,
) -> dict[str, Any]:
    """Terminates the specified Gadget API compatible device
    Terminates the specified Gadget API compatible device.

    Args:
        product_id (TerminateGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/gadgets/{product_id}/{serial_number}/terminate".format(
            product_id=quote(str(product_id), safe=""),
            serial_number=quote(str(serial_number), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Gadget:
    """The parsed body of a successful (2xx) response."""
    response_200 = Gadget.from_dict(response.json())

    return response_200

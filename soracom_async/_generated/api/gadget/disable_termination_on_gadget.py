"""disable_termination_on_gadget: POST /gadgets/{product_id}/{serial_number}/disable_termination"""

from typing import Any
from urllib.parse import quote

from ...models.disable_termination_on_gadget_product_id import DisableTerminationOnGadgetProductId
from ...models.gadget import Gadget
from ...types import ResponseLike


def build(
    *,
    product_id: DisableTerminationOnGadgetProductId,
    serial_number: str,
) -> dict[str, Any]:
    """Disables Termination of Gadget API compatible device
    Disables termination of specified Gadget API compatible device.

    Args:
        product_id (DisableTerminationOnGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/gadgets/{product_id}/{serial_number}/disable_termination".format(
            product_id=quote(str(product_id), safe=""),
            serial_number=quote(str(serial_number), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Gadget:
    """The parsed body of a successful (2xx) response."""
    response_200 = Gadget.from_dict(response.json())

    return response_200

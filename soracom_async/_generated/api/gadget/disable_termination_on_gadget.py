"""disable_termination_on_gadget: POST /gadgets/{product_id}/{serial_number}/disable_termination"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.disable_termination_on_gadget_product_id import DisableTerminationOnGadgetProductId
from ...models.gadget import Gadget
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="disableTerminationOnGadget",
    method="POST",
    path="/gadgets/{product_id}/{serial_number}/disable_termination",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: DisableTerminationOnGadgetProductId | Literal["button", "wimax"],
    serial_number: str,
) -> dict[str, Any]:
    """Disables Termination of Gadget API compatible device

    Disables termination of specified Gadget API compatible device.

    Args:
        product_id (DisableTerminationOnGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/disable_termination".format(
            product_id=path_segment(
                product_id, "product_id", "disable_termination_on_gadget", "enum"
            ),
            serial_number=path_segment(
                serial_number, "serial_number", "disable_termination_on_gadget"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Gadget:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Gadget), got an empty one")
    response_200 = _from_dict_Gadget(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Gadget = Gadget.from_dict

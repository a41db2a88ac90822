"""enable_termination_on_gadget: POST /gadgets/{product_id}/{serial_number}/enable_termination"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.enable_termination_on_gadget_product_id import EnableTerminationOnGadgetProductId
from ...models.gadget import Gadget
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableTerminationOnGadget",
    method="POST",
    path="/gadgets/{product_id}/{serial_number}/enable_termination",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: EnableTerminationOnGadgetProductId | Literal["button", "wimax"],
    serial_number: str,
) -> dict[str, Any]:
    """Enables Termination of Gadget API compatible device

    Enables termination of specified Gadget API compatible device.

    Args:
        product_id (EnableTerminationOnGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/enable_termination".format(
            product_id=path_segment(
                product_id, "product_id", "enable_termination_on_gadget", "enum"
            ),
            serial_number=path_segment(
                serial_number, "serial_number", "enable_termination_on_gadget"
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

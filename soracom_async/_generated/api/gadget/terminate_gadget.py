"""terminate_gadget: POST /gadgets/{product_id}/{serial_number}/terminate"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.gadget import Gadget
from ...models.terminate_gadget_product_id import TerminateGadgetProductId
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="terminateGadget",
    method="POST",
    path="/gadgets/{product_id}/{serial_number}/terminate",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: TerminateGadgetProductId | Literal["button", "wimax"],
    serial_number: str,
) -> dict[str, Any]:
    """Terminates the specified Gadget API compatible device

    Terminates the specified Gadget API compatible device.

    Args:
        product_id (TerminateGadgetProductId):
        serial_number (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/terminate".format(
            product_id=path_segment(product_id, "product_id", "terminate_gadget", "enum"),
            serial_number=path_segment(serial_number, "serial_number", "terminate_gadget"),
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

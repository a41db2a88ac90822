"""register_gadget: POST /gadgets/{product_id}/{serial_number}/register"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.gadget import Gadget
from ...models.gadget_registration_request import GadgetRegistrationRequest
from ...models.register_gadget_product_id import RegisterGadgetProductId
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerGadget",
    method="POST",
    path="/gadgets/{product_id}/{serial_number}/register",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: RegisterGadgetProductId | Literal["button", "wimax"],
    serial_number: str,
    body: GadgetRegistrationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Registers a Gadget API compatible device

    Registers a Gadget API compatible device.

    Args:
        product_id (RegisterGadgetProductId):
        serial_number (str):
        body: GadgetRegistrationRequest | dict[str, Any]
    """
    required(body, "body", "register_gadget")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/register".format(
            product_id=path_segment(product_id, "product_id", "register_gadget", "enum"),
            serial_number=path_segment(serial_number, "serial_number", "register_gadget"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Gadget:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Gadget), got an empty one")
    response_200 = _from_dict_Gadget(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Gadget = Gadget.from_dict

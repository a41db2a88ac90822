"""put_gadget_tags: PUT /gadgets/{product_id}/{serial_number}/tags"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.gadget import Gadget
from ...models.put_gadget_tags_product_id import PutGadgetTagsProductId
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putGadgetTags",
    method="PUT",
    path="/gadgets/{product_id}/{serial_number}/tags",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: PutGadgetTagsProductId | Literal["button", "wimax"],
    serial_number: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update Gadget API compatible device tags

    Inserts/updates tags for the specified Gadget API compatible device.

    Args:
        product_id (PutGadgetTagsProductId):
        serial_number (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    required(body, "body", "put_gadget_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/tags".format(
            product_id=path_segment(product_id, "product_id", "put_gadget_tags", "enum"),
            serial_number=path_segment(serial_number, "serial_number", "put_gadget_tags"),
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

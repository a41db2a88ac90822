"""delete_gadget_tag: DELETE /gadgets/{product_id}/{serial_number}/tags/{tag_name}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_gadget_tag_product_id import DeleteGadgetTagProductId
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteGadgetTag",
    method="DELETE",
    path="/gadgets/{product_id}/{serial_number}/tags/{tag_name}",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    product_id: DeleteGadgetTagProductId | Literal["button", "wimax"],
    serial_number: str,
    tag_name: str,
) -> dict[str, Any]:
    """Deletes tags from Gadget API compatible device

    Deletes a tag from the specified Gadget API compatible device.

    Args:
        product_id (DeleteGadgetTagProductId):
        serial_number (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/gadgets/{product_id}/{serial_number}/tags/{tag_name}".format(
            product_id=path_segment(product_id, "product_id", "delete_gadget_tag", "enum"),
            serial_number=path_segment(serial_number, "serial_number", "delete_gadget_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_gadget_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_gadget_tag: DELETE /gadgets/{product_id}/{serial_number}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...models.delete_gadget_tag_product_id import DeleteGadgetTagProductId
from ...types import ResponseLike


def build(
    *,
    product_id: DeleteGadgetTagProductId,
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
        "method": "DELETE",
        "url": "/gadgets/{product_id}/{serial_number}/tags/{tag_name}".format(
            product_id=quote(str(product_id), safe=""),
            serial_number=quote(str(serial_number), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

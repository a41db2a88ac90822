"""delete_lora_gateway_tag: DELETE /lora_gateways/{gateway_id}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    gateway_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete LoRaWAN gateway tag
    Deletes a tag from the specified LoRaWAN gateway.

    Args:
        gateway_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/lora_gateways/{gateway_id}/tags/{tag_name}".format(
            gateway_id=quote(str(gateway_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_lora_gateway_tag: DELETE /lora_gateways/{gateway_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteLoraGatewayTag",
    method="DELETE",
    path="/lora_gateways/{gateway_id}/tags/{tag_name}",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/lora_gateways/{gateway_id}/tags/{tag_name}".format(
            gateway_id=path_segment(gateway_id, "gateway_id", "delete_lora_gateway_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_lora_gateway_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

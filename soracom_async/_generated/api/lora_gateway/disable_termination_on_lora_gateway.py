"""disable_termination_on_lora_gateway: POST /lora_gateways/{gateway_id}/disable_termination"""

from typing import Any
from urllib.parse import quote

from ...models.lora_gateway import LoraGateway
from ...types import ResponseLike


def build(
    *,
    gateway_id: str,
) -> dict[str, Any]:
    """Disable Termination of LoRaWAN gateway
    Disables termination of specified LoRaWAN gateway.

    Args:
        gateway_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lora_gateways/{gateway_id}/disable_termination".format(
            gateway_id=quote(str(gateway_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraGateway:
    """The parsed body of a successful (2xx) response."""
    response_200 = LoraGateway.from_dict(response.json())

    return response_200

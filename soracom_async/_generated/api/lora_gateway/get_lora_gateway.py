"""get_lora_gateway: GET /lora_gateways/{gateway_id}"""

from typing import Any
from urllib.parse import quote

from ...models.lora_gateway import LoraGateway
from ...types import ResponseLike


def build(
    *,
    gateway_id: str,
) -> dict[str, Any]:
    """Get LoRaWAN gateway
    Returns information about the specified LoRaWAN gateway.

    Args:
        gateway_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lora_gateways/{gateway_id}".format(
            gateway_id=quote(str(gateway_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraGateway:
    """The parsed body of a successful (2xx) response."""
    response_200 = LoraGateway.from_dict(response.json())

    return response_200

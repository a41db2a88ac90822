"""get_lora_device: GET /lora_devices/{device_id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.lora_device import LoraDevice


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get LoRaWAN device.
    Returns information about the specified LoRaWAN device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lora_devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: httpx.Response) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    response_200 = LoraDevice.from_dict(response.json())

    return response_200

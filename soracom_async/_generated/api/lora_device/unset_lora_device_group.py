"""unset_lora_device_group: POST /lora_devices/{device_id}/unset_group"""

from typing import Any
from urllib.parse import quote

from ...models.lora_device import LoraDevice
from ...types import ResponseLike


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Removes a LoRaWAN device from a LoRaWAN group
    Removes a LoRaWAN device from a LoRaWAN group.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lora_devices/{device_id}/unset_group".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    response_200 = LoraDevice.from_dict(response.json())

    return response_200

"""register_lora_device: POST /lora_devices/{device_id}/register"""

from typing import Any
from urllib.parse import quote

from ...models.lora_device import LoraDevice
from ...models.register_lora_device_request import RegisterLoraDeviceRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    device_id: str,
    body: RegisterLoraDeviceRequest | dict[str, Any],
) -> dict[str, Any]:
    """Register LoRaWAN device.
    Register a LoRaWAN device.

    Args:
        device_id (str):
        body: RegisterLoraDeviceRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lora_devices/{device_id}/register".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    response_201 = LoraDevice.from_dict(response.json())

    return response_201

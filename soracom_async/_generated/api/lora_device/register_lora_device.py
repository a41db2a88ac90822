"""register_lora_device: POST /lora_devices/{device_id}/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_device import LoraDevice
from ...models.register_lora_device_request import RegisterLoraDeviceRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerLoraDevice",
    method="POST",
    path="/lora_devices/{device_id}/register",
    group="LoraDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "register_lora_device")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_devices/{device_id}/register".format(
            device_id=path_segment(device_id, "device_id", "register_lora_device"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraDevice), got an empty one")
    response_201 = _from_dict_LoraDevice(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_LoraDevice = LoraDevice.from_dict

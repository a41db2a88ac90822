"""set_lora_device_group: POST /lora_devices/{device_id}/set_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_device import LoraDevice
from ...models.set_group_request import SetGroupRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setLoraDeviceGroup",
    method="POST",
    path="/lora_devices/{device_id}/set_group",
    group="LoraDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds a LoRaWAN device to a LoRaWAN group

    Adds a LoRaWAN device to a LoRaWAN group.

    Args:
        device_id (str):
        body: SetGroupRequest | dict[str, Any]
    """
    required(body, "body", "set_lora_device_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_devices/{device_id}/set_group".format(
            device_id=path_segment(device_id, "device_id", "set_lora_device_group"),
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
    response_200 = _from_dict_LoraDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraDevice = LoraDevice.from_dict

"""enable_termination_on_lora_device: POST /lora_devices/{device_id}/enable_termination"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_device import LoraDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableTerminationOnLoraDevice",
    method="POST",
    path="/lora_devices/{device_id}/enable_termination",
    group="LoraDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Enable Termination of LoRaWAN device.

    Enables termination of specified LoRaWAN device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_devices/{device_id}/enable_termination".format(
            device_id=path_segment(device_id, "device_id", "enable_termination_on_lora_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraDevice), got an empty one")
    response_200 = _from_dict_LoraDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraDevice = LoraDevice.from_dict

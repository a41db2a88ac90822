"""send_data_to_lora_device: POST /lora_devices/{device_id}/data"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_data import LoraData
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDataToLoraDevice",
    method="POST",
    path="/lora_devices/{device_id}/data",
    group="LoraDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: LoraData | dict[str, Any],
) -> dict[str, Any]:
    """Send data to a LoRaWAN device.

    Sends data to the specified LoRaWAN device. The data is sent to the LoRa network server,
    to be sent out to the device using the next available slot. If another message destined
    for the same LoRaWAN device ID is already waiting to be sent on the LoRa Network Server,
    the existing message will be discarded, and the new message will be sent instead. Data is
    discarded if it is not received by the device for a certain period of time (2 hours).

    Args:
        device_id (str):
        body: LoraData | dict[str, Any]
    """
    required(body, "body", "send_data_to_lora_device")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_devices/{device_id}/data".format(
            device_id=path_segment(device_id, "device_id", "send_data_to_lora_device"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

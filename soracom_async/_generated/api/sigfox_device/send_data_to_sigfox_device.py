"""send_data_to_sigfox_device: POST /sigfox_devices/{device_id}/data"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_data import SigfoxData
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDataToSigfoxDevice",
    method="POST",
    path="/sigfox_devices/{device_id}/data",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SigfoxData | dict[str, Any],
) -> dict[str, Any]:
    """Send data to a Sigfox device.

    Sends data to the specified Sigfox device. The data will be stored until the device sends
    a next uplink message. If another message destined for the same Sigfox device ID is
    already waiting to be sent, the existing message will be discarded, and the new message
    will be sent instead.

    Args:
        device_id (str):
        body: SigfoxData | dict[str, Any]
    """
    required(body, "body", "send_data_to_sigfox_device")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/data".format(
            device_id=path_segment(device_id, "device_id", "send_data_to_sigfox_device"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

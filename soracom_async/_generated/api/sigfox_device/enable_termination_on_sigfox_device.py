"""enable_termination_on_sigfox_device: POST /sigfox_devices/{device_id}/enable_termination"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableTerminationOnSigfoxDevice",
    method="POST",
    path="/sigfox_devices/{device_id}/enable_termination",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Enable Termination of Sigfox device.

    Enables termination of specified Sigfox device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/enable_termination".format(
            device_id=path_segment(device_id, "device_id", "enable_termination_on_sigfox_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SigfoxDevice), got an empty one")
    response_200 = _from_dict_SigfoxDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SigfoxDevice = SigfoxDevice.from_dict

"""unset_sigfox_device_group: POST /sigfox_devices/{device_id}/unset_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unsetSigfoxDeviceGroup",
    method="POST",
    path="/sigfox_devices/{device_id}/unset_group",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Removes a Sigfox device from a Sigfox group

    Removes a Sigfox device from a Sigfox group.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/unset_group".format(
            device_id=path_segment(device_id, "device_id", "unset_sigfox_device_group"),
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

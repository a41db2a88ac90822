"""get_sigfox_device: GET /sigfox_devices/{device_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSigfoxDevice",
    method="GET",
    path="/sigfox_devices/{device_id}",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get Sigfox device.

    Returns information about the specified Sigfox device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}".format(
            device_id=path_segment(device_id, "device_id", "get_sigfox_device"),
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

"""terminate_sigfox_device: POST /sigfox_devices/{device_id}/terminate"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="terminateSigfoxDevice",
    method="POST",
    path="/sigfox_devices/{device_id}/terminate",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    delete_immediately: bool | Unset = False,
) -> dict[str, Any]:
    """Terminate Sigfox device.

    Terminates the specified Sigfox device.

    Args:
        device_id (str):
        delete_immediately (bool | Unset):  Default: False.
    """
    params: dict[str, Any] = {}

    params["delete_immediately"] = delete_immediately

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/terminate".format(
            device_id=path_segment(device_id, "device_id", "terminate_sigfox_device"),
        ),
        "params": params,
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

"""set_sigfox_device_group: POST /sigfox_devices/{device_id}/set_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_group_request import SetGroupRequest
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSigfoxDeviceGroup",
    method="POST",
    path="/sigfox_devices/{device_id}/set_group",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds a Sigfox device to a Sigfox group

    Adds a Sigfox device to a Sigfox group.

    Args:
        device_id (str):
        body: SetGroupRequest | dict[str, Any]
    """
    required(body, "body", "set_sigfox_device_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/set_group".format(
            device_id=path_segment(device_id, "device_id", "set_sigfox_device_group"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SigfoxDevice), got an empty one")
    response_200 = _from_dict_SigfoxDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SigfoxDevice = SigfoxDevice.from_dict

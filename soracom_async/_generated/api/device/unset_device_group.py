"""unset_device_group: POST /devices/{device_id}/unset_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device import Device
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unsetDeviceGroup",
    method="POST",
    path="/devices/{device_id}/unset_group",
    group="Device",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Removes an Inventory device from an Inventory group

    Removes an Inventory device from an Inventory group.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/unset_group".format(
            device_id=path_segment(device_id, "device_id", "unset_device_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Device), got an empty one")
    response_200 = _from_dict_Device(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Device = Device.from_dict

"""unset_device_group: POST /devices/{device_id}/unset_group"""

from typing import Any
from urllib.parse import quote

from ...models.device import Device
from ...types import ResponseLike


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
        "method": "POST",
        "url": "/devices/{device_id}/unset_group".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    response_200 = Device.from_dict(response.json())

    return response_200

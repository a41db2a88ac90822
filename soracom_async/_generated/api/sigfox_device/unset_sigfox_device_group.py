"""unset_sigfox_device_group: POST /sigfox_devices/{device_id}/unset_group"""

from typing import Any
from urllib.parse import quote

from ...models.sigfox_device import SigfoxDevice
from ...types import ResponseLike


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
        "method": "POST",
        "url": "/sigfox_devices/{device_id}/unset_group".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    response_200 = SigfoxDevice.from_dict(response.json())

    return response_200

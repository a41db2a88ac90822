"""get_sigfox_device: GET /sigfox_devices/{device_id}"""

from typing import Any
from urllib.parse import quote

from ...models.sigfox_device import SigfoxDevice
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/sigfox_devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    response_200 = SigfoxDevice.from_dict(response.json())

    return response_200

"""reboot_sora_cam_device: POST /sora_cam/devices/{device_id}/reboot"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Reboot the SoraCam compatible camera device.
    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sora_cam/devices/{device_id}/reboot".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

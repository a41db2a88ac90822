"""reboot_sora_cam_device: POST /sora_cam/devices/{device_id}/reboot"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
)


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
            device_id=path_segment(device_id, "device_id", "reboot_sora_cam_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

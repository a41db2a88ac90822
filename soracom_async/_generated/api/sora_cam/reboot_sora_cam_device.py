"""reboot_sora_cam_device: POST /sora_cam/devices/{device_id}/reboot"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="rebootSoraCamDevice",
    method="POST",
    path="/sora_cam/devices/{device_id}/reboot",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
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
        "url": "/sora_cam/devices/{device_id}/reboot".format(
            device_id=path_segment(device_id, "device_id", "reboot_sora_cam_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

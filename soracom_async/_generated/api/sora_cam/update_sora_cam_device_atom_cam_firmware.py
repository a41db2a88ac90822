"""update_sora_cam_device_atom_cam_firmware: POST /sora_cam/devices/{device_id}/atom_cam/firmware/update"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="updateSoraCamDeviceAtomCamFirmware",
    method="POST",
    path="/sora_cam/devices/{device_id}/atom_cam/firmware/update",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Update a firmware for a SoraCam compatible camera device

    Update a firmware for a SoraCam compatible camera device if it is available. The SoraCam
    compatible camera device will be offline while updating.

    **Warning**: Please do not turn off the power while updating.

    **Warning**: If you will run this API with a SAM user's API key and API token, please add
    the `OAuth2:authorize` permission to the SAM user in addition to the permission required
    to call this API (e.g. `SoraCam:*`). For more information on setting permissions, see
    [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/firmware/update".format(
            device_id=path_segment(
                device_id, "device_id", "update_sora_cam_device_atom_cam_firmware"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

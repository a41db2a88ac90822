"""get_sora_cam_device_atom_cam_firmware_update: GET /sora_cam/devices/{device_id}/atom_cam/firmware/update"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_devices_firmware_update import SoraCamDevicesFirmwareUpdate
from ...types import (
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamFirmwareUpdate",
    method="GET",
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
    """Retrieve firmware update information for a SoraCam compatible camera device

    Returns available firmware update information for a SoraCam compatible camera device.

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
                device_id, "device_id", "get_sora_cam_device_atom_cam_firmware_update"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamDevicesFirmwareUpdate] | None:
    """The parsed body of a successful (2xx) response."""
    if response.status_code == 204:
        return None
    if not response.content:
        return None
    _response_200 = response.json()
    response_200: list[SoraCamDevicesFirmwareUpdate]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamDevicesFirmwareUpdate(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDevicesFirmwareUpdate = SoraCamDevicesFirmwareUpdate.from_dict

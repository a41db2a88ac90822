"""list_sora_cam_device_atom_cam_firmware_updates: GET /sora_cam/devices/atom_cam/firmware/updates"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_devices_firmware_update import SoraCamDevicesFirmwareUpdate
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDeviceAtomCamFirmwareUpdates",
    method="GET",
    path="/sora_cam/devices/atom_cam/firmware/updates",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Retrieve a list of SoraCam compatible camera devices that can update the firmware

    Returns a list of SoraCam compatible camera devices that can update the firmware.

    **Warning**: If you will run this API with a SAM user's API key and API token, please add
    the `OAuth2:authorize` permission to the SAM user in addition to the permission required
    to call this API (e.g. `SoraCam:*`). For more information on setting permissions, see
    [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/atom_cam/firmware/updates",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamDevicesFirmwareUpdate]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SoraCamDevicesFirmwareUpdate]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SoraCamDevicesFirmwareUpdate]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamDevicesFirmwareUpdate(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDevicesFirmwareUpdate = SoraCamDevicesFirmwareUpdate.from_dict

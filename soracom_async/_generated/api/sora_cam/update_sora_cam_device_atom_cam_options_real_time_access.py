"""update_sora_cam_device_atom_cam_options_real_time_access: PUT /sora_cam/devices/{device_id}/atom_cam/options/real_time_access"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device_real_time_access_option import SoraCamDeviceRealTimeAccessOption
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateSoraCamDeviceAtomCamOptionsRealTimeAccess",
    method="PUT",
    path="/sora_cam/devices/{device_id}/atom_cam/options/real_time_access",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamDeviceRealTimeAccessOption | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Enable or disable real-time access for a SoraCam-compatible camera

    Enables or disables the real-time access feature for a SoraCam-compatible camera.
    When enabled, the camera can be accessed directly via P2P communication for retrieving
    camera feed and performing operations in real time.

    **Warning:** Real-time access is a paid feature. For more details, see the
    [documentation](https://users.soracom.io/ja-jp/docs/soracom-cloud-camera-services/real-
    time-access/) (Japanese).

    Args:
        device_id (str):
        body: SoraCamDeviceRealTimeAccessOption | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/options/real_time_access".format(
            device_id=path_segment(
                device_id, "device_id", "update_sora_cam_device_atom_cam_options_real_time_access"
            ),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SoraCamDeviceRealTimeAccessOption:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamDeviceRealTimeAccessOption), got an empty one"
        )
    response_200 = _from_dict_SoraCamDeviceRealTimeAccessOption(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDeviceRealTimeAccessOption = SoraCamDeviceRealTimeAccessOption.from_dict

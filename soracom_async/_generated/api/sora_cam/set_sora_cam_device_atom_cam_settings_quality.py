"""set_sora_cam_device_atom_cam_settings_quality: POST /sora_cam/devices/{device_id}/atom_cam/settings/quality"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_quality import SoraCamAtomCamSettingsQuality
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSoraCamDeviceAtomCamSettingsQuality",
    method="POST",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/quality",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamAtomCamSettingsQuality | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Change the quality settings

    Changes the quality settings. The quality settings will be applied to all videos and still
    images captured by the specified SoraCam compatible camera device. Note that if the Wi-Fi
    bandwidth is insufficient, the quality settings may automatically be adjusted.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    **Info**: To use this API, you must either assign a cloud license to the target Soracom-
    compatible camera or enable real-time access.

    Args:
        device_id (str):
        body: SoraCamAtomCamSettingsQuality | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/quality".format(
            device_id=path_segment(
                device_id, "device_id", "set_sora_cam_device_atom_cam_settings_quality"
            ),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""get_sora_cam_device_atom_cam_settings_motion: GET /sora_cam/devices/{device_id}/atom_cam/settings/motion"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_motion import SoraCamAtomCamSettingsMotion
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamSettingsMotion",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/motion",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve the settings for motion detection

    Retrieve the settings for motion detection. If motion detection is enabled, recording will
    start when the SoraCam compatible camera device detects moving objects.

    **Warning**: Even if a Cloud Motion Detection "Unlimited" Recording License is assigned to
    the SoraCam compatible camera device, no recording will occur if motion detection is
    disabled, as it will not detect any moving objects.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    **Info**: To use this API, you must either assign a cloud license to the target Soracom-
    compatible camera or enable real-time access.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/motion".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_settings_motion"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamSettingsMotion:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamAtomCamSettingsMotion), got an empty one"
        )
    response_200 = _from_dict_SoraCamAtomCamSettingsMotion(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamSettingsMotion = SoraCamAtomCamSettingsMotion.from_dict

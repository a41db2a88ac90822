"""get_sora_cam_device_atom_cam_settings_sound: GET /sora_cam/devices/{device_id}/atom_cam/settings/sound"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_sound import SoraCamAtomCamSettingsSound
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamSettingsSound",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/sound",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve the settings for sound detection

    Retrieve the settings for sound detection. If sound detection is enabled, recording will
    start when the SoraCam compatible camera device detects sound.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    **Warning**: Video recorded via sound detection cannot be downloaded separately via the
    Soracom User Console, Soracom CLI, or Soracom API. However, if a Cloud Continuous
    Recording License is assigned, you can check the time that sound was detected using
    [SoraCam:listSoraCamDeviceEventsForDevice API](#/SoraCam/listSoraCamDeviceEventsForDevice)
    and then download the video recorded during that time.

    **Info**: To use this API, you must either assign a cloud license to the target Soracom-
    compatible camera or enable real-time access.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/sound".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_settings_sound"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamSettingsSound:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamAtomCamSettingsSound), got an empty one")
    response_200 = _from_dict_SoraCamAtomCamSettingsSound(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamSettingsSound = SoraCamAtomCamSettingsSound.from_dict

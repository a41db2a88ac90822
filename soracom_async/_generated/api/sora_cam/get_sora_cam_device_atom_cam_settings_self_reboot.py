"""get_sora_cam_device_atom_cam_settings_self_reboot: GET /sora_cam/devices/{device_id}/atom_cam/settings/self_reboot"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_self_reboot import SoraCamAtomCamSettingsSelfReboot
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamSettingsSelfReboot",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/self_reboot",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve the settings for automatic self reboot

    Retrieve the settings for automatic self reboot.

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
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/self_reboot".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_settings_self_reboot"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamSettingsSelfReboot:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamAtomCamSettingsSelfReboot), got an empty one"
        )
    response_200 = _from_dict_SoraCamAtomCamSettingsSelfReboot(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamSettingsSelfReboot = SoraCamAtomCamSettingsSelfReboot.from_dict

"""get_sora_cam_device_atom_cam_settings_logo: GET /sora_cam/devices/{device_id}/atom_cam/settings/logo"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_logo import SoraCamAtomCamSettingsLogo
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamSettingsLogo",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/logo",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve the display settings for the ATOM tech Inc. logo shown on the bottom left of the
    captured image

    Retrieve the display settings for the ATOM tech Inc. logo shown on the bottom left of the
    captured image.

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
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/logo".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_settings_logo"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamSettingsLogo:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamAtomCamSettingsLogo), got an empty one")
    response_200 = _from_dict_SoraCamAtomCamSettingsLogo(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamSettingsLogo = SoraCamAtomCamSettingsLogo.from_dict

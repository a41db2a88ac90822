"""get_sora_cam_device_atom_cam_settings_timestamp: GET /sora_cam/devices/{device_id}/atom_cam/settings/timestamp"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_settings_timestamp import SoraCamAtomCamSettingsTimestamp
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamSettingsTimestamp",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/settings/timestamp",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve the display settings for the timestamp shown on the bottom right of the captured
    image

    Retrieve the display settings for the timestamp shown on the bottom right of the captured
    image.

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
        "url": "/sora_cam/devices/{device_id}/atom_cam/settings/timestamp".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_settings_timestamp"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamSettingsTimestamp:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamAtomCamSettingsTimestamp), got an empty one"
        )
    response_200 = _from_dict_SoraCamAtomCamSettingsTimestamp(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamSettingsTimestamp = SoraCamAtomCamSettingsTimestamp.from_dict

"""assign_sora_cam_device_atom_cam_license: PUT /sora_cam/devices/{device_id}/atom_cam/license"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device_license_update import SoraCamDeviceLicenseUpdate
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="assignSoraCamDeviceAtomCamLicense",
    method="PUT",
    path="/sora_cam/devices/{device_id}/atom_cam/license",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamDeviceLicenseUpdate | dict[str, Any],
) -> dict[str, Any]:
    """Update the assigned license for a SoraCam compatible camera device

    Updates the license for a specified SoraCam compatible camera device.

    **Warning**: If you will run this API with a SAM user's API key and API token, please add
    the `OAuth2:authorize` permission to the SAM user in addition to the permission required
    to call this API (e.g. `SoraCam:*`). For more information on setting permissions, see
    [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        body: SoraCamDeviceLicenseUpdate | dict[str, Any]
    """
    required(body, "body", "assign_sora_cam_device_atom_cam_license")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/license".format(
            device_id=path_segment(
                device_id, "device_id", "assign_sora_cam_device_atom_cam_license"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SoraCamDeviceLicenseUpdate | None:
    """The parsed body of a successful (2xx) response."""
    if response.status_code == 304:
        return None
    if not response.content:
        return None
    response_200 = _from_dict_SoraCamDeviceLicenseUpdate(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDeviceLicenseUpdate = SoraCamDeviceLicenseUpdate.from_dict

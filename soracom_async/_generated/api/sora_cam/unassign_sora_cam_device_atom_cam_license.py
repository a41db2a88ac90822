"""unassign_sora_cam_device_atom_cam_license: DELETE /sora_cam/devices/{device_id}/atom_cam/license"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unassignSoraCamDeviceAtomCamLicense",
    method="DELETE",
    path="/sora_cam/devices/{device_id}/atom_cam/license",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Unassign the license from a SoraCam compatible camera device

    Unassigns the license from a specified SoraCam compatible camera device.

    **Warning**: If you will run this API with a SAM user's API key and API token, please add
    the `OAuth2:authorize` permission to the SAM user in addition to the permission required
    to call this API (e.g. `SoraCam:*`). For more information on setting permissions, see
    [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    **Warning**: Devices will not undergo cloud recording by Soracom Cloud Camera Services
    unless a license is assigned.

    **Warning**: A license is required to view footage already recorded to the cloud. This
    does not affect already exported videos/still images.

    **Warning**: Unassigning the license will not stop license charges from being applied. To
    stop billing, cancel the license after unassigning it via the
    [SoraCam:listSoraCamLicensePacks API](#/SoraCam/listSoraCamLicensePacks) or the User
    Console.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/license".format(
            device_id=path_segment(
                device_id, "device_id", "unassign_sora_cam_device_atom_cam_license"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

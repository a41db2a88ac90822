"""handle_delete_sora_cam_device: DELETE /sora_cam/devices/{device_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="handleDeleteSoraCamDevice",
    method="DELETE",
    path="/sora_cam/devices/{device_id}",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Delete the SoraCam compatible camera device identified by device_id.

    Delete a SoraCam compatible camera device from the operator identified by device_id.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}".format(
            device_id=path_segment(device_id, "device_id", "handle_delete_sora_cam_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

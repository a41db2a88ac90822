"""get_sora_cam_device_exported_video: GET /sora_cam/devices/{device_id}/videos/exports/{export_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_video_export_info import SoraCamVideoExportInfo
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceExportedVideo",
    method="GET",
    path="/sora_cam/devices/{device_id}/videos/exports/{export_id}",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    export_id: str,
) -> dict[str, Any]:
    """Get the current status of the process of exporting recorded video taken with a SoraCam
    compatible camera device

    Gets the current status of the process of exporting recorded video taken with a SoraCam
    compatible camera device started by [SoraCam:exportSoraCamDeviceRecordedVideo
    API](#!/SoraCam/exportSoraCamDeviceRecordedVideo). This API limits the target to one
    export process.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        export_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/videos/exports/{export_id}".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_exported_video"),
            export_id=path_segment(export_id, "export_id", "get_sora_cam_device_exported_video"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamVideoExportInfo:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamVideoExportInfo), got an empty one")
    response_200 = _from_dict_SoraCamVideoExportInfo(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamVideoExportInfo = SoraCamVideoExportInfo.from_dict

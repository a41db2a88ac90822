"""export_sora_cam_device_recorded_image: POST /sora_cam/devices/{device_id}/images/exports"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_image_export_info import SoraCamImageExportInfo
from ...models.sora_cam_image_export_specification import SoraCamImageExportSpecification
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="exportSoraCamDeviceRecordedImage",
    method="POST",
    path="/sora_cam/devices/{device_id}/images/exports",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamImageExportSpecification | dict[str, Any],
) -> dict[str, Any]:
    """Start the process of exporting still images from recorded video saved on the cloud

    Starts the process of extracting and exporting still images from recorded video saved on
    the cloud. The export process is processed asynchronously. The progress of the export
    process and the URL of the exported file can be obtained with the
    [SoraCam:listSoraCamDeviceImageExports API](#!/SoraCam/listSoraCamDeviceImageExports). The
    URL has an expiration time.

    - At the time of obtaining the URL, the available video viewing time (72 hours per month
    by default) will be consumed regardless of whether the download has started or not.
    - Exporting results are not cached. If you export the same time twice, it will consume
    twice the available video viewing time (72 hours per month by default).
    - Exporting to Harvest Files will incur costs according to Harvest Files fees, and files
    will be retained for a period according to the Harvest Files retention period. For
    details, refer to [Pricing & Fee Schedule](/en/docs/reference/fees/#soracom-harvest-
    files).

    **Warning**: Images from cameras that have not been assigned a Cloud Continuous Recording
    License or Cloud Motion Detection "Unlimited" Recording License cannot be exported.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. Additionally, to export to Harvest Files, the [FileEntry:putFile
    API](#/FileEntry/putFile) permission must be granted. For more information on setting
    permissions, see [Access Levels](/en/docs/security/users-and-roles/#access-levels).

    **Info**: The image size of the exported still images is 1920 x 1080 pixels.

    Args:
        device_id (str):
        body: SoraCamImageExportSpecification | dict[str, Any]
    """
    required(body, "body", "export_sora_cam_device_recorded_image")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/images/exports".format(
            device_id=path_segment(device_id, "device_id", "export_sora_cam_device_recorded_image"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SoraCamImageExportInfo:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamImageExportInfo), got an empty one")
    response_200 = _from_dict_SoraCamImageExportInfo(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamImageExportInfo = SoraCamImageExportInfo.from_dict

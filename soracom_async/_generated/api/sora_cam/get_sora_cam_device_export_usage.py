"""get_sora_cam_device_export_usage: GET /sora_cam/devices/{device_id}/exports/usage"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_export_usage import SoraCamExportUsage
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceExportUsage",
    method="GET",
    path="/sora_cam/devices/{device_id}/exports/usage",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get the remaining number of still images that can be exported and the remaining exportable
    time of recorded video.

    Get the remaining number of still images that can be exported and the remaining exportable
    time of recorded video.

    **Warning**: Exporting either still images or recorded video will consume the available
    video viewing time (72 hours per month by default).

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/exports/usage".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_export_usage"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamExportUsage:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamExportUsage), got an empty one")
    response_200 = _from_dict_SoraCamExportUsage(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamExportUsage = SoraCamExportUsage.from_dict

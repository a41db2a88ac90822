"""delete_sora_cam_device_export_usage_limit_override: DELETE /sora_cam/devices/{device_id}/exports/usage/limit_override"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSoraCamDeviceExportUsageLimitOverride",
    method="DELETE",
    path="/sora_cam/devices/{device_id}/exports/usage/limit_override",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Reset the monthly limit on the recorded video time available for export for SoraCam
    compatible camera device to the default value.

    Reset the monthly limit on the recorded video time available for export to the default
    value. By default, the limit is set to 72 hours per month.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/exports/usage/limit_override".format(
            device_id=path_segment(
                device_id, "device_id", "delete_sora_cam_device_export_usage_limit_override"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

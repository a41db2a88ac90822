"""update_sora_cam_device_export_usage_limit_override: PUT /sora_cam/devices/{device_id}/exports/usage/limit_override"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_export_usage import SoraCamExportUsage
from ...models.sora_cam_export_usage_limit_override_specification import (
    SoraCamExportUsageLimitOverrideSpecification,
)
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateSoraCamDeviceExportUsageLimitOverride",
    method="PUT",
    path="/sora_cam/devices/{device_id}/exports/usage/limit_override",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamExportUsageLimitOverrideSpecification | dict[str, Any],
) -> dict[str, Any]:
    """Set the monthly limit on the recorded video time available for export for SoraCam
    compatible camera device.

    Set the monthly limit on the recorded video time available for export. By default, the
    limit is set to 72 hours per month. A maximum of 1,500 hours can be set.

    **Warning**: Additional costs will be incurred for recorded video exported beyond 72
    hours. Simply changing the monthly limit does not result in any charges.. However,
    exceeding 72 hours of export time consumption will incur charges regardless of the set
    export time limit. For more information about fees, see Soracom Cloud Camera Services
    [about fees](https://soracom.jp/sora_cam/#pricing) (Japanese).

    **Warning**: The monthly limit can be set to less than 72 hours. In such cases, there will
    be no change in the charge.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        body: SoraCamExportUsageLimitOverrideSpecification | dict[str, Any]
    """
    required(body, "body", "update_sora_cam_device_export_usage_limit_override")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/exports/usage/limit_override".format(
            device_id=path_segment(
                device_id, "device_id", "update_sora_cam_device_export_usage_limit_override"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SoraCamExportUsage:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamExportUsage), got an empty one")
    response_200 = _from_dict_SoraCamExportUsage(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamExportUsage = SoraCamExportUsage.from_dict

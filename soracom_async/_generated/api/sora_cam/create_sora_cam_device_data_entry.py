"""create_sora_cam_device_data_entry: POST /sora_cam/devices/{device_id}/data"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    UNSET,
    BinaryContent,
    ResponseLike,
    Unset,
    is_binary_content,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createSoraCamDeviceDataEntry",
    method="POST",
    path="/sora_cam/devices/{device_id}/data",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: str | BinaryContent,
    content_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """Save arbitrary data to Harvest Data linked to a SoraCam compatible camera device

    Saves arbitrary data to Harvest Data that will be associated to a SoraCam compatible
    camera device specified by its device ID (`device_id`).

    For example, to save JSON data, set `Content-Type: application/json` in the header and
    specify `{ "person_count": 5 }` in the request body.

    **Warning**: When using a SAM user's API key and API token to execute this API, you must
    grant the SAM user the `OAuth2:authorize` permission in addition to the permissions
    required to call this API (e.g., `SoraCam:*`). For details about permission settings,
    refer to [Configuring SAM User Permissions](/en/docs/sam/set-permissions/).

    **Info**: To retrieve saved data entries, use the [DataEntry:getDataEntry
    API](#/DataEntry/getDataEntry). To delete data entries, use the [DataEntry:deleteDataEntry
    API](#/DataEntry/deleteDataEntry).

    **Info**: For more information about Harvest Data, please refer to [Soracom
    Harvest](/en/docs/harvest/).

    Args:
        device_id (str):
        content_type (str | Unset):
        body: str | BinaryContent
    """
    required(body, "body", "create_sora_cam_device_data_entry")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/data".format(
            device_id=path_segment(device_id, "device_id", "create_sora_cam_device_data_entry"),
        ),
    }
    if is_binary_content(body):
        _kwargs["content"] = body
        headers["Content-Type"] = (
            content_type if isinstance(content_type, str) else "application/octet-stream"
        )

    elif body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = (
            content_type if isinstance(content_type, str) else "application/json"
        )

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

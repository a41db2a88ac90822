"""set_sora_cam_device_name: POST /sora_cam/devices/{device_id}/name"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device_name import SoraCamDeviceName
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSoraCamDeviceName",
    method="POST",
    path="/sora_cam/devices/{device_id}/name",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamDeviceName | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Changes the name of the SoraCam compatible camera device.

    Args:
        device_id (str):
        body: SoraCamDeviceName | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/name".format(
            device_id=path_segment(device_id, "device_id", "set_sora_cam_device_name"),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

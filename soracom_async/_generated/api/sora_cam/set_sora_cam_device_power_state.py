"""set_sora_cam_device_power_state: POST /sora_cam/devices/{device_id}/power_state"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_power_state import SoraCamPowerState
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSoraCamDevicePowerState",
    method="POST",
    path="/sora_cam/devices/{device_id}/power_state",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SoraCamPowerState | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Changes the power state of the SoraCam compatible camera device.

    Args:
        device_id (str):
        body: SoraCamPowerState | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/power_state".format(
            device_id=path_segment(device_id, "device_id", "set_sora_cam_device_power_state"),
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

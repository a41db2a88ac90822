"""get_sora_cam_device_power_state: GET /sora_cam/devices/{device_id}/power_state"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_power_state import SoraCamPowerState
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDevicePowerState",
    method="GET",
    path="/sora_cam/devices/{device_id}/power_state",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get the current power state of the SoraCam compatible camera device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/power_state".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_power_state"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamPowerState:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamPowerState), got an empty one")
    response_200 = _from_dict_SoraCamPowerState(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamPowerState = SoraCamPowerState.from_dict

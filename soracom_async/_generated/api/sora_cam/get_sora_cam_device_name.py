"""get_sora_cam_device_name: GET /sora_cam/devices/{device_id}/name"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device_name import SoraCamDeviceName
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceName",
    method="GET",
    path="/sora_cam/devices/{device_id}/name",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get the current name of the SoraCam compatible camera device.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/name".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_name"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamDeviceName:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamDeviceName), got an empty one")
    response_200 = _from_dict_SoraCamDeviceName(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDeviceName = SoraCamDeviceName.from_dict

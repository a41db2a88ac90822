"""get_sora_cam_device_atom_cam_options: GET /sora_cam/devices/{device_id}/atom_cam/options"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device_options import SoraCamDeviceOptions
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamOptions",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/options",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Retrieve enabled options for a SoraCam-compatible camera

    Gets a list of whether the following options are enabled for a SoraCam-compatible camera.

    - [Real-time access](https://users.soracom.io/ja-jp/docs/soracom-cloud-camera-
    services/real-time-access/) (Japanese)

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/options".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_atom_cam_options"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamDeviceOptions:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamDeviceOptions), got an empty one")
    response_200 = _from_dict_SoraCamDeviceOptions(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDeviceOptions = SoraCamDeviceOptions.from_dict

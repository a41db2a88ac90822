"""observe_device_resources: POST /devices/{device_id}/{object_}/{instance}/observe"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="observeDeviceResources",
    method="POST",
    path="/devices/{device_id}/{object}/{instance}/observe",
    group="Device",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    object_: str,
    instance: str,
    model: bool | Unset = False,
) -> dict[str, Any]:
    """Triggers observation of resources under an object instance of a device

    Args:
        device_id (str):
        object_ (str):
        instance (str):
        model (bool | Unset):  Default: False.
    """
    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/{object_}/{instance}/observe".format(
            device_id=path_segment(device_id, "device_id", "observe_device_resources"),
            object_=path_segment(object_, "object_", "observe_device_resources"),
            instance=path_segment(instance, "instance", "observe_device_resources"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

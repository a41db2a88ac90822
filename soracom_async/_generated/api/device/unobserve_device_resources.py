"""unobserve_device_resources: POST /devices/{device_id}/{object_}/{instance}/unobserve"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unobserveDeviceResources",
    method="POST",
    path="/devices/{device_id}/{object}/{instance}/unobserve",
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
) -> dict[str, Any]:
    """Stops observation of resources under an object instance of a device

    Args:
        device_id (str):
        object_ (str):
        instance (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/{object_}/{instance}/unobserve".format(
            device_id=path_segment(device_id, "device_id", "unobserve_device_resources"),
            object_=path_segment(object_, "object_", "unobserve_device_resources"),
            instance=path_segment(instance, "instance", "unobserve_device_resources"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""unobserve_device_resource: POST /devices/{device_id}/{object_}/{instance}/{resource}/unobserve"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unobserveDeviceResource",
    method="POST",
    path="/devices/{device_id}/{object}/{instance}/{resource}/unobserve",
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
    resource: str,
) -> dict[str, Any]:
    """Stops observation of a resource of a device

    Args:
        device_id (str):
        object_ (str):
        instance (str):
        resource (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}/unobserve".format(
            device_id=path_segment(device_id, "device_id", "unobserve_device_resource"),
            object_=path_segment(object_, "object_", "unobserve_device_resource"),
            instance=path_segment(instance, "instance", "unobserve_device_resource"),
            resource=path_segment(resource, "resource", "unobserve_device_resource"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

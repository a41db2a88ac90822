"""execute_device_resource: POST /devices/{device_id}/{object_}/{instance}/{resource}/execute"""

from typing import Any

from ....contracts import OperationSpec
from ...models.execute_device_resource_body import ExecuteDeviceResourceBody
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="executeDeviceResource",
    method="POST",
    path="/devices/{device_id}/{object}/{instance}/{resource}/execute",
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
    body: ExecuteDeviceResourceBody | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Executes a resource of a device

    Args:
        device_id (str):
        object_ (str):
        instance (str):
        resource (str):
        body: ExecuteDeviceResourceBody | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}/execute".format(
            device_id=path_segment(device_id, "device_id", "execute_device_resource"),
            object_=path_segment(object_, "object_", "execute_device_resource"),
            instance=path_segment(instance, "instance", "execute_device_resource"),
            resource=path_segment(resource, "resource", "execute_device_resource"),
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

"""write_device_resource: PUT /devices/{device_id}/{object_}/{instance}/{resource}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.write_device_resource_body import WriteDeviceResourceBody
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="writeDeviceResource",
    method="PUT",
    path="/devices/{device_id}/{object}/{instance}/{resource}",
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
    body: WriteDeviceResourceBody | dict[str, Any],
) -> dict[str, Any]:
    """Write value to a resource of a device

    Args:
        device_id (str):
        object_ (str):
        instance (str):
        resource (str):
        body: WriteDeviceResourceBody | dict[str, Any]
    """
    required(body, "body", "write_device_resource")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}".format(
            device_id=path_segment(device_id, "device_id", "write_device_resource"),
            object_=path_segment(object_, "object_", "write_device_resource"),
            instance=path_segment(instance, "instance", "write_device_resource"),
            resource=path_segment(resource, "resource", "write_device_resource"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

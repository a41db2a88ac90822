"""execute_device_resource: POST /devices/{device_id}/{object_}/{instance}/{resource}/execute"""

from typing import Any
from urllib.parse import quote

from ...models.execute_device_resource_body import ExecuteDeviceResourceBody
from ...types import UNSET, ResponseLike, Unset, to_jsonable


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
        "method": "POST",
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}/execute".format(
            device_id=quote(str(device_id), safe=""),
            object_=quote(str(object_), safe=""),
            instance=quote(str(instance), safe=""),
            resource=quote(str(resource), safe=""),
        ),
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

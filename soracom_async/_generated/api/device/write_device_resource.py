"""write_device_resource: PUT /devices/{device_id}/{object_}/{instance}/{resource}"""

from typing import Any
from urllib.parse import quote

from ...models.write_device_resource_body import WriteDeviceResourceBody
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}".format(
            device_id=quote(str(device_id), safe=""),
            object_=quote(str(object_), safe=""),
            instance=quote(str(instance), safe=""),
            resource=quote(str(resource), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

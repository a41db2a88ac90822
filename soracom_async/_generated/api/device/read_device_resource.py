"""read_device_resource: GET /devices/{device_id}/{object_}/{instance}/{resource}"""

from typing import Any
from urllib.parse import quote

from ...models.resource_instance import ResourceInstance
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    device_id: str,
    object_: str,
    instance: str,
    resource: str,
    model: bool | Unset = False,
) -> dict[str, Any]:
    """Get the specified resource of a device
    Args:
        device_id (str):
        object_ (str):
        instance (str):
        resource (str):
        model (bool | Unset):  Default: False.
    """
    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}".format(
            device_id=quote(str(device_id), safe=""),
            object_=quote(str(object_), safe=""),
            instance=quote(str(instance), safe=""),
            resource=quote(str(resource), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> ResourceInstance:
    """The parsed body of a successful (2xx) response."""
    response_200 = ResourceInstance.from_dict(response.json())

    return response_200

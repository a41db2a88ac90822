"""read_device_resources: GET /devices/{device_id}/{object_}/{instance}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.object_instance import ObjectInstance
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="readDeviceResources",
    method="GET",
    path="/devices/{device_id}/{object}/{instance}",
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
    """Get resources under an object instance of a device

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
        "url": "/devices/{device_id}/{object_}/{instance}".format(
            device_id=path_segment(device_id, "device_id", "read_device_resources"),
            object_=path_segment(object_, "object_", "read_device_resources"),
            instance=path_segment(instance, "instance", "read_device_resources"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> ObjectInstance:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ObjectInstance), got an empty one")
    response_200 = _from_dict_ObjectInstance(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ObjectInstance = ObjectInstance.from_dict

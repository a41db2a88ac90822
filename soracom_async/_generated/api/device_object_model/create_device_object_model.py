"""create_device_object_model: POST /device_object_models"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device_object_model import DeviceObjectModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createDeviceObjectModel",
    method="POST",
    path="/device_object_models",
    group="DeviceObjectModel",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: DeviceObjectModel | dict[str, Any],
) -> dict[str, Any]:
    """Creates a new device object model

    Args:
        body: DeviceObjectModel | dict[str, Any]
    """
    required(body, "body", "create_device_object_model")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/device_object_models",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> DeviceObjectModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DeviceObjectModel), got an empty one")
    response_200 = _from_dict_DeviceObjectModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DeviceObjectModel = DeviceObjectModel.from_dict

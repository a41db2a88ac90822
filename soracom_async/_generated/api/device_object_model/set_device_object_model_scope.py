"""set_device_object_model_scope: POST /device_object_models/{model_id}/set_scope"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device_object_model import DeviceObjectModel
from ...models.set_device_object_model_scope_request import SetDeviceObjectModelScopeRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setDeviceObjectModelScope",
    method="POST",
    path="/device_object_models/{model_id}/set_scope",
    group="DeviceObjectModel",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    model_id: str,
    body: SetDeviceObjectModelScopeRequest | dict[str, Any],
) -> dict[str, Any]:
    """Sets scope for a device object model

    Args:
        model_id (str):
        body: SetDeviceObjectModelScopeRequest | dict[str, Any]
    """
    required(body, "body", "set_device_object_model_scope")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/device_object_models/{model_id}/set_scope".format(
            model_id=path_segment(model_id, "model_id", "set_device_object_model_scope"),
        ),
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

"""update_device_object_model: POST /device_object_models/{model_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device_object_model import DeviceObjectModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateDeviceObjectModel",
    method="POST",
    path="/device_object_models/{model_id}",
    group="DeviceObjectModel",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    model_id: str,
    body: DeviceObjectModel | dict[str, Any],
) -> dict[str, Any]:
    """Updates a device object model

    Args:
        model_id (str):
        body: DeviceObjectModel | dict[str, Any]
    """
    required(body, "body", "update_device_object_model")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/device_object_models/{model_id}".format(
            model_id=path_segment(model_id, "model_id", "update_device_object_model"),
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

"""get_device_object_model: GET /device_object_models/{model_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device_object_model import DeviceObjectModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getDeviceObjectModel",
    method="GET",
    path="/device_object_models/{model_id}",
    group="DeviceObjectModel",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    model_id: str,
) -> dict[str, Any]:
    """Gets a device object model

    Args:
        model_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/device_object_models/{model_id}".format(
            model_id=path_segment(model_id, "model_id", "get_device_object_model"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DeviceObjectModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DeviceObjectModel), got an empty one")
    response_200 = _from_dict_DeviceObjectModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DeviceObjectModel = DeviceObjectModel.from_dict

"""set_device_object_model_scope: POST /device_object_models/{model_id}/set_scope"""

from typing import Any
from urllib.parse import quote

from ...models.device_object_model import DeviceObjectModel
from ...models.set_device_object_model_scope_request import SetDeviceObjectModelScopeRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/device_object_models/{model_id}/set_scope".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> DeviceObjectModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = DeviceObjectModel.from_dict(response.json())

    return response_200

"""get_device_object_model: GET /device_object_models/{model_id}"""

from typing import Any
from urllib.parse import quote

from ...models.device_object_model import DeviceObjectModel
from ...types import ResponseLike


def build(
    *,
    model_id: str,
) -> dict[str, Any]:
    """Gets a device object model
    Args:
        model_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/device_object_models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DeviceObjectModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = DeviceObjectModel.from_dict(response.json())

    return response_200

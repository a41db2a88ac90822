"""get_device: GET /devices/{device_id}"""

from typing import Any
from urllib.parse import quote

from ...models.device import Device
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    device_id: str,
    model: bool | Unset = False,
) -> dict[str, Any]:
    """Returns a Device identified by device ID
    Args:
        device_id (str):
        model (bool | Unset):  Default: False.
    """
    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    response_200 = Device.from_dict(response.json())

    return response_200

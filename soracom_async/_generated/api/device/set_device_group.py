"""set_device_group: POST /devices/{device_id}/set_group"""

from typing import Any
from urllib.parse import quote

from ...models.device import Device
from ...models.set_group_request import SetGroupRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    device_id: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds an Inventory device to an Inventory group
    Adds an Inventory device to an Inventory group.

    Args:
        device_id (str):
        body: SetGroupRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/devices/{device_id}/set_group".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    response_200 = Device.from_dict(response.json())

    return response_200

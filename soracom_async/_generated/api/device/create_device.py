"""create_device: POST /devices"""

from typing import Any

from ...models.device import Device
from ...types import ResponseLike, to_jsonable


def build(
    *,
    body: Device | dict[str, Any],
) -> dict[str, Any]:
    """Creates a new Device
    Args:
        body: Device | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/devices",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    response_201 = Device.from_dict(response.json())

    return response_201

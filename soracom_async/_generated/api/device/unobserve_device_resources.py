"""unobserve_device_resources: POST /devices/{device_id}/{object_}/{instance}/unobserve"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    device_id: str,
    object_: str,
    instance: str,
) -> dict[str, Any]:
    """Stops observation of resources under an object instance of a device
    Args:
        device_id (str):
        object_ (str):
        instance (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/devices/{device_id}/{object_}/{instance}/unobserve".format(
            device_id=quote(str(device_id), safe=""),
            object_=quote(str(object_), safe=""),
            instance=quote(str(instance), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

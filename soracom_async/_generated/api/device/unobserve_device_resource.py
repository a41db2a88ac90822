"""unobserve_device_resource: POST /devices/{device_id}/{object_}/{instance}/{resource}/unobserve"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    device_id: str,
    object_: str,
    instance: str,
    resource: str,
) -> dict[str, Any]:
    """Stops observation of a resource of a device
    Args:
        device_id (str):
        object_ (str):
        instance (str):
        resource (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/devices/{device_id}/{object_}/{instance}/{resource}/unobserve".format(
            device_id=quote(str(device_id), safe=""),
            object_=quote(str(object_), safe=""),
            instance=quote(str(instance), safe=""),
            resource=quote(str(resource), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

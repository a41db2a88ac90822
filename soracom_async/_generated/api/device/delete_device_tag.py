"""delete_device_tag: DELETE /devices/{device_id}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    device_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete device tag
    Args:
        device_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/devices/{device_id}/tags/{tag_name}".format(
            device_id=quote(str(device_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

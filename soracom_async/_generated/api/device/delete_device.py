"""delete_device: DELETE /devices/{device_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Delete Device
    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

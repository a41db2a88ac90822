"""put_sigfox_device_tags: PUT /sigfox_devices/{device_id}/tags"""

from typing import Any
from urllib.parse import quote

from ...models.sigfox_device import SigfoxDevice
from ...models.tag_update_request import TagUpdateRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    device_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update Sigfox device Tags.
    Inserts/updates tags for the specified Sigfox device.

    Args:
        device_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sigfox_devices/{device_id}/tags".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    response_200 = SigfoxDevice.from_dict(response.json())

    return response_200

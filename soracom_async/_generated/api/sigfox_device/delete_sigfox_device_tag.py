"""delete_sigfox_device_tag: DELETE /sigfox_devices/{device_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSigfoxDeviceTag",
    method="DELETE",
    path="/sigfox_devices/{device_id}/tags/{tag_name}",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete Sigfox device Tag.

    Deletes a tag from the specified Sigfox device.

    Args:
        device_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/tags/{tag_name}".format(
            device_id=path_segment(device_id, "device_id", "delete_sigfox_device_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_sigfox_device_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

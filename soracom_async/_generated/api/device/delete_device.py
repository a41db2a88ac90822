"""delete_device: DELETE /devices/{device_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteDevice",
    method="DELETE",
    path="/devices/{device_id}",
    group="Device",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Delete Device

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}".format(
            device_id=path_segment(device_id, "device_id", "delete_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

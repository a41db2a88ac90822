"""get_sora_cam_device: GET /sora_cam/devices/{device_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device import SoraCamDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDevice",
    method="GET",
    path="/sora_cam/devices/{device_id}",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get the SoraCam compatible camera device information identified by device_id.

    Obtain a SoraCam compatible camera device record for the device identified by device_id.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamDevice), got an empty one")
    response_200 = _from_dict_SoraCamDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDevice = SoraCamDevice.from_dict

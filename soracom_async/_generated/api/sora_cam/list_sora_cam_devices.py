"""list_sora_cam_devices: GET /sora_cam/devices"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_device import SoraCamDevice
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDevices",
    method="GET",
    path="/sora_cam/devices",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List SoraCam compatible camera devices.

    Obtains a list of cameras that are compatible with the Soracom Cloud Camera Services.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamDevice]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SoraCamDevice]), got an empty one")
    _response_200 = response.json()
    response_200: list[SoraCamDevice]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamDevice(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDevice = SoraCamDevice.from_dict

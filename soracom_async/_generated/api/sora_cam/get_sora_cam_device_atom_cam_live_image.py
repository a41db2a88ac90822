"""get_sora_cam_device_atom_cam_live_image: GET /sora_cam/devices/{device_id}/atom_cam/live_image"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_atom_cam_live_image_response import SoraCamAtomCamLiveImageResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceAtomCamLiveImage",
    method="GET",
    path="/sora_cam/devices/{device_id}/atom_cam/live_image",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
) -> dict[str, Any]:
    """Get a live image from a SoraCam compatible camera device

    Gets a live image from a SoraCam compatible camera device. Images are captured at the time
    the API is called and a download URL is returned.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    **Info**: To use this API, you must enable real-time access.

    Args:
        device_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/atom_cam/live_image".format(
            device_id=path_segment(
                device_id, "device_id", "get_sora_cam_device_atom_cam_live_image"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamAtomCamLiveImageResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SoraCamAtomCamLiveImageResponse), got an empty one"
        )
    response_200 = _from_dict_SoraCamAtomCamLiveImageResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamAtomCamLiveImageResponse = SoraCamAtomCamLiveImageResponse.from_dict

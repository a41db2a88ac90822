"""get_sora_cam_device_streaming_video: GET /sora_cam/devices/{device_id}/stream"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_streaming_video import SoraCamStreamingVideo
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoraCamDeviceStreamingVideo",
    method="GET",
    path="/sora_cam/devices/{device_id}/stream",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> dict[str, Any]:
    """Get information for streaming recorded video from the cloud.

    Get information for streaming recorded video from the cloud. Specifically, you can get an
    array of URLs that support a streaming method called MPEG-DASH (Dynamic Adaptive Streaming
    over HTTP). The URL has an expiration time.

    - To stream the latest video, omit both `from` and `to`. Please be aware of the following
    points in that case:
      - You can get a URL to stream the latest 300 seconds (5 minutes) of video based on the
    time of the API called. To continue watching, call the API again to get the next URL.
      - At the time of obtaining the URL, 5 minutes of the available video viewing time (72
    hours per month by default) will be consumed regardless of the viewing status.
    - To stream recorded video at a specific point in time, specify either `from` or `to`.
    Please be aware of the following points:
      - You can get a URL to stream up to 900 seconds (15 minutes) of recorded video.
      - At the time of obtaining the URL, the available video viewing time (72 hours per month
    by default) will be consumed regardless of the viewing status.

    **Warning**: **Latest video** refers to the most recent recorded footage saved in the
    cloud. This API cannot be used to play **Live streaming video** that can be played on the
    ATOM app. To view **Live streaming video**, use real-time access (Early access).

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        from_ (int | Unset):
        to (int | Unset):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/{device_id}/stream".format(
            device_id=path_segment(device_id, "device_id", "get_sora_cam_device_streaming_video"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> SoraCamStreamingVideo:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraCamStreamingVideo), got an empty one")
    response_200 = _from_dict_SoraCamStreamingVideo(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamStreamingVideo = SoraCamStreamingVideo.from_dict

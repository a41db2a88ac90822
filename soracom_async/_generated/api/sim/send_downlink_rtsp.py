"""send_downlink_rtsp: POST /sims/{sim_id}/downlink/rtsp"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_downlink_rtsp_request import SimDownlinkRtspRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDownlinkRtsp",
    method="POST",
    path="/sims/{sim_id}/downlink/rtsp",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SimDownlinkRtspRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send a command to a RTSP stream to a device using an IoT SIM

    Sends a command to a device using an IoT SIM and returns a response based on specified
    command and options in request.

    - An error occurs if the command does not complete within 10 seconds.

    Args:
        sim_id (str):
        body: SimDownlinkRtspRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_rtsp")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/rtsp".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_rtsp"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> bytes:
    """The parsed body of a successful (2xx) response."""
    return response.content

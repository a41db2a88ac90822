"""create_sim_packet_capture_session: POST /sims/{sim_id}/packet_capture_sessions"""

from typing import Any
from urllib.parse import quote

from ...models.packet_capture_session import PacketCaptureSession
from ...models.packet_capture_session_request import PacketCaptureSessionRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: PacketCaptureSessionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Creates a packet capture session associated with the SIM
    Creates a packet capture session associated with the SIM.

    Args:
        sim_id (str):
        body: PacketCaptureSessionRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/packet_capture_sessions".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> PacketCaptureSession:
    """The parsed body of a successful (2xx) response."""
    response_200 = PacketCaptureSession.from_dict(response.json())

    return response_200

"""delete_sim_packet_capture_session: DELETE /sims/{sim_id}/packet_capture_sessions/{session_id}"""

from typing import Any
from urllib.parse import quote

from ...models.packet_capture_session import PacketCaptureSession
from ...types import ResponseLike


def build(
    *,
    sim_id: str,
    session_id: str,
) -> dict[str, Any]:
    """Deletes a packet capture session associated with the SIM
    Deletes a packet capture session associated with the SIM.

    Args:
        sim_id (str):
        session_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/sims/{sim_id}/packet_capture_sessions/{session_id}".format(
            sim_id=quote(str(sim_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> PacketCaptureSession:
    """The parsed body of a successful (2xx) response."""
    response_200 = PacketCaptureSession.from_dict(response.json())

    return response_200

"""stop_sim_packet_capture_session: POST /sims/{sim_id}/packet_capture_sessions/{session_id}/stop"""

from typing import Any

from ....contracts import OperationSpec
from ...models.packet_capture_session import PacketCaptureSession
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="stopSimPacketCaptureSession",
    method="POST",
    path="/sims/{sim_id}/packet_capture_sessions/{session_id}/stop",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    session_id: str,
) -> dict[str, Any]:
    """Stops a packet capture session associated with the SIM

    Stops a packet capture session associated with the SIM.

    Args:
        sim_id (str):
        session_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/packet_capture_sessions/{session_id}/stop".format(
            sim_id=path_segment(sim_id, "sim_id", "stop_sim_packet_capture_session"),
            session_id=path_segment(session_id, "session_id", "stop_sim_packet_capture_session"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> PacketCaptureSession:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (PacketCaptureSession), got an empty one")
    response_200 = _from_dict_PacketCaptureSession(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_PacketCaptureSession = PacketCaptureSession.from_dict

"""get_packet_capture_session: GET /virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.packet_capture_session import PacketCaptureSession
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getPacketCaptureSession",
    method="GET",
    path="/virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    session_id: str,
) -> dict[str, Any]:
    """Get a packet capture session associated with the VPG

    Get a packet capture session associated with the VPG.

    Args:
        vpg_id (str):
        session_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "get_packet_capture_session"),
            session_id=path_segment(session_id, "session_id", "get_packet_capture_session"),
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

"""create_packet_capture_session: POST /virtual_private_gateways/{vpg_id}/packet_capture_sessions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.packet_capture_session import PacketCaptureSession
from ...models.packet_capture_session_request import PacketCaptureSessionRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createPacketCaptureSession",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/packet_capture_sessions",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: PacketCaptureSessionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create a packet capture session associated with the VPG

    Create a packet capture session associated with the VPG.

    Args:
        vpg_id (str):
        body: PacketCaptureSessionRequest | dict[str, Any]
    """
    required(body, "body", "create_packet_capture_session")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/packet_capture_sessions".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "create_packet_capture_session"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> PacketCaptureSession:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (PacketCaptureSession), got an empty one")
    response_200 = _from_dict_PacketCaptureSession(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_PacketCaptureSession = PacketCaptureSession.from_dict

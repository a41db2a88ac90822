"""create_packet_capture_session: POST /virtual_private_gateways/{vpg_id}/packet_capture_sessions"""

from typing import Any
from urllib.parse import quote

from ...models.packet_capture_session import PacketCaptureSession
from ...models.packet_capture_session_request import PacketCaptureSessionRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/packet_capture_sessions".format(
            vpg_id=quote(str(vpg_id), safe=""),
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

"""create_sim_packet_capture_session: POST /sims/{sim_id}/packet_capture_sessions"""

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
    operation_id="createSimPacketCaptureSession",
    method="POST",
    path="/sims/{sim_id}/packet_capture_sessions",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "create_sim_packet_capture_session")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/packet_capture_sessions".format(
            sim_id=path_segment(sim_id, "sim_id", "create_sim_packet_capture_session"),
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

"""list_packet_capture_sessions: GET /virtual_private_gateways/{vpg_id}/packet_capture_sessions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.packet_capture_session import PacketCaptureSession
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listPacketCaptureSessions",
    method="GET",
    path="/virtual_private_gateways/{vpg_id}/packet_capture_sessions",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    vpg_id: str,
    last_evaluated_key: str | Unset = "null",
    limit: int | Unset = 10,
) -> dict[str, Any]:
    """List Packet Capture Sessions associated with the VPG

    List packet capture sessions associated with the VPG.

    Args:
        vpg_id (str):
        last_evaluated_key (str | Unset):  Default: 'null'.
        limit (int | Unset):  Default: 10.
    """
    params: dict[str, Any] = {}

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/packet_capture_sessions".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "list_packet_capture_sessions"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[PacketCaptureSession]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[PacketCaptureSession]), got an empty one")
    _response_200 = response.json()
    response_200: list[PacketCaptureSession]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_PacketCaptureSession(v) for v in _response_200]

    return response_200


def items(page: list[PacketCaptureSession]) -> list[PacketCaptureSession]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    vpg_id: str,
    last_evaluated_key: str | Unset = "null",
    limit: int | Unset = 10,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "vpg_id": vpg_id,
        "last_evaluated_key": last_evaluated_key,
        "limit": limit,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        PacketCaptureSession.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_PacketCaptureSession = PacketCaptureSession.from_dict

"""list_sim_packet_capture_sessions: GET /sims/{sim_id}/packet_capture_sessions"""

from typing import Any
from urllib.parse import quote

from ...models.packet_capture_session import PacketCaptureSession
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    sim_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:
    """Lists packet capture sessions associated with the SIM
    Lists packet capture sessions associated with the SIM.

    Args:
        sim_id (str):
        last_evaluated_key (str | Unset):
        limit (int | Unset):  Default: 10.
    """
    params: dict[str, Any] = {}

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sims/{sim_id}/packet_capture_sessions".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[PacketCaptureSession]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = PacketCaptureSession.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

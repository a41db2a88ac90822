"""register_gate_peer: POST /virtual_private_gateways/{vpg_id}/gate/peers"""

from typing import Any
from urllib.parse import quote

from ...models.gate_peer import GatePeer
from ...models.register_gate_peer_request import RegisterGatePeerRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    vpg_id: str,
    body: RegisterGatePeerRequest | dict[str, Any],
) -> dict[str, Any]:
    """Register VPG Gate Peer
    Register a host as a Gate Peer in the Virtual Private Gateway.

    Args:
        vpg_id (str):
        body: RegisterGatePeerRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GatePeer:
    """The parsed body of a successful (2xx) response."""
    response_200 = GatePeer.from_dict(response.json())

    return response_200

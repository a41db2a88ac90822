"""list_gate_peers: GET /virtual_private_gateways/{vpg_id}/gate/peers"""

from typing import Any
from urllib.parse import quote

from ...models.gate_peer import GatePeer
from ...types import ResponseLike


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """List VPG Gate Peers
    List Gate Peers registered in the Virtual Private Gateway.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[GatePeer]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = GatePeer.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

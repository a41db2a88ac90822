"""unregister_gate_peer: DELETE /virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    vpg_id: str,
    outer_ip_address: str,
) -> dict[str, Any]:
    """Unregister VPG Gate Peer
    Unregister a Gate Peer from the Virtual Private Gateway.

    Args:
        vpg_id (str):
        outer_ip_address (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}".format(
            vpg_id=quote(str(vpg_id), safe=""),
            outer_ip_address=quote(str(outer_ip_address), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

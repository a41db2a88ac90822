"""unregister_gate_peer: DELETE /virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unregisterGatePeer",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "unregister_gate_peer"),
            outer_ip_address=path_segment(
                outer_ip_address, "outer_ip_address", "unregister_gate_peer"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

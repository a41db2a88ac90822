"""delete_mirroring_peer: DELETE /virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteMirroringPeer",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    ipaddr: str,
) -> dict[str, Any]:
    """Remove peer from the list of Junction mirroring peers

    Remove peer from the list of Junction mirroring peers.

    Args:
        vpg_id (str):
        ipaddr (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_mirroring_peer"),
            ipaddr=path_segment(ipaddr, "ipaddr", "delete_mirroring_peer"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

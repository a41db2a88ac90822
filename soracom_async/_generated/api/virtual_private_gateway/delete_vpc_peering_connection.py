"""delete_vpc_peering_connection: DELETE /virtual_private_gateways/{vpg_id}/vpc_peering_connections/{pcx_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteVpcPeeringConnection",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/vpc_peering_connections/{pcx_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    pcx_id: str,
) -> dict[str, Any]:
    """Delete VPC Peering Connection

    Deletes the specified VPC peering connection.

    Args:
        vpg_id (str):
        pcx_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/vpc_peering_connections/{pcx_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_vpc_peering_connection"),
            pcx_id=path_segment(pcx_id, "pcx_id", "delete_vpc_peering_connection"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_transit_gateway_peering_connection: DELETE /virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteTransitGatewayPeeringConnection",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    soracom_tgw_peering_attachment_id: str,
) -> dict[str, Any]:
    """Delete transit gateway peering connection

    Deletes a transit gateway peering connection from the specified VPG.

    Args:
        vpg_id (str):
        soracom_tgw_peering_attachment_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_transit_gateway_peering_connection"),
            soracom_tgw_peering_attachment_id=path_segment(
                soracom_tgw_peering_attachment_id,
                "soracom_tgw_peering_attachment_id",
                "delete_transit_gateway_peering_connection",
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

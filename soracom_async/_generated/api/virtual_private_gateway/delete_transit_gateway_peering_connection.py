"""delete_transit_gateway_peering_connection: DELETE /virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}".format(
            vpg_id=quote(str(vpg_id), safe=""),
            soracom_tgw_peering_attachment_id=quote(
                str(soracom_tgw_peering_attachment_id), safe=""
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_transit_gateway_vpc_attachment: DELETE /virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteTransitGatewayVpcAttachment",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    customer_tgw_vpc_attachment_id: str,
) -> dict[str, Any]:
    """Delete transit gateway VPC attachment

    Deletes a transit gateway VPC attachment from the specified VPG.

    Args:
        vpg_id (str):
        customer_tgw_vpc_attachment_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_transit_gateway_vpc_attachment"),
            customer_tgw_vpc_attachment_id=path_segment(
                customer_tgw_vpc_attachment_id,
                "customer_tgw_vpc_attachment_id",
                "delete_transit_gateway_vpc_attachment",
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

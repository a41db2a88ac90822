"""accept_transit_gateway_vpc_attachment_from_customer: POST /virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}/accept"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="acceptTransitGatewayVpcAttachmentFromCustomer",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}/accept",
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
    """Accept transit gateway VPC attachment connection request

    Accepts the specified transit gateway VPC attachment connection request.

    Args:
        vpg_id (str):
        customer_tgw_vpc_attachment_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}/accept".format(
            vpg_id=path_segment(
                vpg_id, "vpg_id", "accept_transit_gateway_vpc_attachment_from_customer"
            ),
            customer_tgw_vpc_attachment_id=path_segment(
                customer_tgw_vpc_attachment_id,
                "customer_tgw_vpc_attachment_id",
                "accept_transit_gateway_vpc_attachment_from_customer",
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""create_transit_gateway_peering_connection: POST /virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_transit_gateway_peering_connection_request import (
    CreateTransitGatewayPeeringConnectionRequest,
)
from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createTransitGatewayPeeringConnection",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: CreateTransitGatewayPeeringConnectionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create transit gateway peering connection

    Creates a transit gateway peering connection for the specified VPG.

    Args:
        vpg_id (str):
        body: CreateTransitGatewayPeeringConnectionRequest | dict[str, Any]
    """
    required(body, "body", "create_transit_gateway_peering_connection")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "create_transit_gateway_peering_connection"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> VirtualPrivateGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (VirtualPrivateGateway), got an empty one")
    response_201 = _from_dict_VirtualPrivateGateway(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_VirtualPrivateGateway = VirtualPrivateGateway.from_dict

"""create_vpc_peering_connection: POST /virtual_private_gateways/{vpg_id}/vpc_peering_connections"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_vpc_peering_connection_request import CreateVpcPeeringConnectionRequest
from ...models.create_vpc_peering_connection_response import CreateVpcPeeringConnectionResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createVpcPeeringConnection",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/vpc_peering_connections",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: CreateVpcPeeringConnectionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create VPC Peering Connection

    Creates a VPC peering connection for the specified VPG.

    Args:
        vpg_id (str):
        body: CreateVpcPeeringConnectionRequest | dict[str, Any]
    """
    required(body, "body", "create_vpc_peering_connection")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/vpc_peering_connections".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "create_vpc_peering_connection"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CreateVpcPeeringConnectionResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (CreateVpcPeeringConnectionResponse), got an empty one"
        )
    response_201 = _from_dict_CreateVpcPeeringConnectionResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_CreateVpcPeeringConnectionResponse = CreateVpcPeeringConnectionResponse.from_dict

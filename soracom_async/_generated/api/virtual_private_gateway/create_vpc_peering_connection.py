"""create_vpc_peering_connection: POST /virtual_private_gateways/{vpg_id}/vpc_peering_connections"""

from typing import Any
from urllib.parse import quote

from ...models.create_vpc_peering_connection_request import CreateVpcPeeringConnectionRequest
from ...models.create_vpc_peering_connection_response import CreateVpcPeeringConnectionResponse
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/vpc_peering_connections".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CreateVpcPeeringConnectionResponse:
    """The parsed body of a successful (2xx) response."""
    response_201 = CreateVpcPeeringConnectionResponse.from_dict(response.json())

    return response_201

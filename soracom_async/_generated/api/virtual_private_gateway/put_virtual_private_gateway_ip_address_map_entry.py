"""put_virtual_private_gateway_ip_address_map_entry: POST /virtual_private_gateways/{vpg_id}/ip_address_map"""

from typing import Any

from ....contracts import OperationSpec
from ...models.ip_address_map_entry import IpAddressMapEntry
from ...models.put_ip_address_map_entry_request import PutIpAddressMapEntryRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putVirtualPrivateGatewayIpAddressMapEntry",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/ip_address_map",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: PutIpAddressMapEntryRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds or updates an entry in VPG IP address map

    Adds or updates an IP address map entry for the specified VPG.

    **Warning**: The [VirtualPrivateGateway:listVirtualPrivateGatewayIpAddressMapEntries
    API](#/VirtualPrivateGateway/listVirtualPrivateGatewayIpAddressMapEntries) response
    includes entries that are automatically assigned to Gate Peers and the VPG, but these
    cannot be added or updated using the
    VirtualPrivateGateway:putVirtualPrivateGatewayIpAddressMapEntry API.

    Args:
        vpg_id (str):
        body: PutIpAddressMapEntryRequest | dict[str, Any]
    """
    required(body, "body", "put_virtual_private_gateway_ip_address_map_entry")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/ip_address_map".format(
            vpg_id=path_segment(
                vpg_id, "vpg_id", "put_virtual_private_gateway_ip_address_map_entry"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> IpAddressMapEntry:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (IpAddressMapEntry), got an empty one")
    response_200 = _from_dict_IpAddressMapEntry(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_IpAddressMapEntry = IpAddressMapEntry.from_dict

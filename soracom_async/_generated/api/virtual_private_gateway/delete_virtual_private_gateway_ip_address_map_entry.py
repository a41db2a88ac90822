"""delete_virtual_private_gateway_ip_address_map_entry: DELETE /virtual_private_gateways/{vpg_id}/ip_address_map/{key}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteVirtualPrivateGatewayIpAddressMapEntry",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/ip_address_map/{key}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    key: str,
) -> dict[str, Any]:
    """Delete VPG IP address map entry

    Deletes an entry from the IP address map of the specified VPG.

    **Warning**: The [VirtualPrivateGateway:listVirtualPrivateGatewayIpAddressMapEntries
    API](#/VirtualPrivateGateway/listVirtualPrivateGatewayIpAddressMapEntries) response
    includes automatically assigned entries for Gate Peers and the VPG. These entries cannot
    be deleted using the VirtualPrivateGateway:deleteVirtualPrivateGatewayIpAddressMapEntry
    API.

    Args:
        vpg_id (str):
        key (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/ip_address_map/{key}".format(
            vpg_id=path_segment(
                vpg_id, "vpg_id", "delete_virtual_private_gateway_ip_address_map_entry"
            ),
            key=path_segment(key, "key", "delete_virtual_private_gateway_ip_address_map_entry"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_customer_route: DELETE /virtual_private_gateways/{vpg_id}/customer_routes/{route_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteCustomerRoute",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    route_id: str,
) -> dict[str, Any]:
    """Delete routing table entry

    Deletes a routing table entry from the specified VPG.

    Args:
        vpg_id (str):
        route_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_customer_route"),
            route_id=path_segment(route_id, "route_id", "delete_customer_route"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

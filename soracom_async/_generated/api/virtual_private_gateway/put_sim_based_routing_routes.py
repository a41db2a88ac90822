"""put_sim_based_routing_routes: PUT /virtual_private_gateways/{vpg_id}/gate/routing/static/sims/routes"""

from typing import Any

from ....contracts import OperationSpec
from ...models.put_sim_based_routing_routes_request import PutSimBasedRoutingRoutesRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putSimBasedRoutingRoutes",
    method="PUT",
    path="/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/routes",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: PutSimBasedRoutingRoutesRequest | dict[str, Any],
) -> dict[str, Any]:
    """Associate a router's LAN IP address range with its SIM ID

    Associates a router's LAN IP address range with its SIM ID.

    Args:
        vpg_id (str):
        body: PutSimBasedRoutingRoutesRequest | dict[str, Any] (Association a router's LAN IP address range and its SIM ID.)
    """
    required(body, "body", "put_sim_based_routing_routes")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/routes".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "put_sim_based_routing_routes"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

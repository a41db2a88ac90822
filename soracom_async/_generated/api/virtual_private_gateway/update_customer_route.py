"""update_customer_route: PUT /virtual_private_gateways/{vpg_id}/customer_routes/{route_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.customer_route import CustomerRoute
from ...models.update_customer_route_request import UpdateCustomerRouteRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateCustomerRoute",
    method="PUT",
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
    body: UpdateCustomerRouteRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update routing table entry

    Updates a routing table entry for the specified VPG.

    Args:
        vpg_id (str):
        route_id (str):
        body: UpdateCustomerRouteRequest | dict[str, Any]
    """
    required(body, "body", "update_customer_route")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "update_customer_route"),
            route_id=path_segment(route_id, "route_id", "update_customer_route"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CustomerRoute:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CustomerRoute), got an empty one")
    response_200 = _from_dict_CustomerRoute(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CustomerRoute = CustomerRoute.from_dict

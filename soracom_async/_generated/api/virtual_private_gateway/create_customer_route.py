"""create_customer_route: POST /virtual_private_gateways/{vpg_id}/customer_routes"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_customer_route_request import CreateCustomerRouteRequest
from ...models.customer_route import CustomerRoute
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createCustomerRoute",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/customer_routes",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: CreateCustomerRouteRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create routing table entry

    Creates a routing table entry for the specified VPG.

    Args:
        vpg_id (str):
        body: CreateCustomerRouteRequest | dict[str, Any]
    """
    required(body, "body", "create_customer_route")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "create_customer_route"),
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
    response_201 = _from_dict_CustomerRoute(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_CustomerRoute = CustomerRoute.from_dict

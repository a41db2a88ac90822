"""update_customer_route: PUT /virtual_private_gateways/{vpg_id}/customer_routes/{route_id}"""

from typing import Any
from urllib.parse import quote

from ...models.customer_route import CustomerRoute
from ...models.update_customer_route_request import UpdateCustomerRouteRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}".format(
            vpg_id=quote(str(vpg_id), safe=""),
            route_id=quote(str(route_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CustomerRoute:
    """The parsed body of a successful (2xx) response."""
    response_200 = CustomerRoute.from_dict(response.json())

    return response_200

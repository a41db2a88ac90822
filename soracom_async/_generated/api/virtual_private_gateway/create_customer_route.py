"""create_customer_route: POST /virtual_private_gateways/{vpg_id}/customer_routes"""

from typing import Any
from urllib.parse import quote

from ...models.create_customer_route_request import CreateCustomerRouteRequest
from ...models.customer_route import CustomerRoute
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CustomerRoute:
    """The parsed body of a successful (2xx) response."""
    response_201 = CustomerRoute.from_dict(response.json())

    return response_201

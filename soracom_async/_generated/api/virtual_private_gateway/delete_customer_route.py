"""delete_customer_route: DELETE /virtual_private_gateways/{vpg_id}/customer_routes/{route_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}".format(
            vpg_id=quote(str(vpg_id), safe=""),
            route_id=quote(str(route_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

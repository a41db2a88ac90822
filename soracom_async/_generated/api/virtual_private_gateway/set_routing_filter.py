"""set_routing_filter: POST /virtual_private_gateways/{vpg_id}/set_routing_filter"""

from typing import Any
from urllib.parse import quote

from ...models.routing_filter_entry import RoutingFilterEntry
from ...types import ResponseLike, to_jsonable


def build(
    *,
    vpg_id: str,
    body: list[RoutingFilterEntry] | list[Any],
) -> dict[str, Any]:
    """Sets Virtual Private Gateway outbound routing filter
    Sets Virtual Private Gateway outbound routing filter.

    Args:
        vpg_id (str):
        body: list[RoutingFilterEntry] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/set_routing_filter".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""set_routing_filter: POST /virtual_private_gateways/{vpg_id}/set_routing_filter"""

from typing import Any

from ....contracts import OperationSpec
from ...models.routing_filter_entry import RoutingFilterEntry
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setRoutingFilter",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/set_routing_filter",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "set_routing_filter")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/set_routing_filter".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "set_routing_filter"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

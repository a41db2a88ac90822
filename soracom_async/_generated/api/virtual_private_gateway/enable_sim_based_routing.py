"""enable_sim_based_routing: POST /virtual_private_gateways/{vpg_id}/gate/routing/static/sims/enable"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableSimBasedRouting",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/enable",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Enable SIM-Based Routing

    Enables SIM-Based Routing.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/enable".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "enable_sim_based_routing"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

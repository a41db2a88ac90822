"""disable_sim_based_routing: POST /virtual_private_gateways/{vpg_id}/gate/routing/static/sims/disable"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Disable SIM-Based Routing
    Disables SIM-Based Routing.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/disable".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "disable_sim_based_routing"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

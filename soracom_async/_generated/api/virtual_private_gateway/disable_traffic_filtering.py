"""disable_traffic_filtering: POST /virtual_private_gateways/{vpg_id}/traffic_filtering/disable"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="disableTrafficFiltering",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/traffic_filtering/disable",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Disable Traffic Filtering

    Disables the Traffic Filtering feature on the specified VPG.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/disable".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "disable_traffic_filtering"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

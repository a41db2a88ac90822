"""enable_traffic_filtering: POST /virtual_private_gateways/{vpg_id}/traffic_filtering/enable"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableTrafficFiltering",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/traffic_filtering/enable",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Enable Traffic Filtering

    Enables the Traffic Filtering feature on the specified VPG. The VPG type must support
    Traffic Filtering.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/enable".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "enable_traffic_filtering"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

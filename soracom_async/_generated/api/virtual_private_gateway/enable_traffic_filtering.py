"""enable_traffic_filtering: POST /virtual_private_gateways/{vpg_id}/traffic_filtering/enable"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/enable".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""close_gate: POST /virtual_private_gateways/{vpg_id}/gate/close"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Close SORACOM Gate.
    Close Soracom Gate on the specified VPG.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/gate/close".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

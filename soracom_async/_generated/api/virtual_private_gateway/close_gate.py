"""close_gate: POST /virtual_private_gateways/{vpg_id}/gate/close"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="closeGate",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/close",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/virtual_private_gateways/{vpg_id}/gate/close".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "close_gate"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

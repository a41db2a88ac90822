"""terminate_virtual_private_gateway: POST /virtual_private_gateways/{vpg_id}/terminate"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="terminateVirtualPrivateGateway",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/terminate",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Terminate Virtual Private Gateway

    Terminates the specified VPG.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/terminate".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "terminate_virtual_private_gateway"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

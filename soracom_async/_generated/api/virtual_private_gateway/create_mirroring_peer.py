"""create_mirroring_peer: POST /virtual_private_gateways/{vpg_id}/junction/mirroring/peers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.junction_mirroring_peer import JunctionMirroringPeer
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createMirroringPeer",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/junction/mirroring/peers",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: JunctionMirroringPeer | dict[str, Any],
) -> dict[str, Any]:
    """Adds node in the list of Junction mirroring peers

    Adds node in the list of Junction mirroring peers.

    Args:
        vpg_id (str):
        body: JunctionMirroringPeer | dict[str, Any]
    """
    required(body, "body", "create_mirroring_peer")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "create_mirroring_peer"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

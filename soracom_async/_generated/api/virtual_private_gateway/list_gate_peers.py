"""list_gate_peers: GET /virtual_private_gateways/{vpg_id}/gate/peers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.gate_peer import GatePeer
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listGatePeers",
    method="GET",
    path="/virtual_private_gateways/{vpg_id}/gate/peers",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """List VPG Gate Peers

    List Gate Peers registered in the Virtual Private Gateway.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "list_gate_peers"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[GatePeer]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[GatePeer]), got an empty one")
    _response_200 = response.json()
    response_200: list[GatePeer]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_GatePeer(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GatePeer = GatePeer.from_dict

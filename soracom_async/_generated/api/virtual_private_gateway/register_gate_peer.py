"""register_gate_peer: POST /virtual_private_gateways/{vpg_id}/gate/peers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.gate_peer import GatePeer
from ...models.register_gate_peer_request import RegisterGatePeerRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerGatePeer",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/peers",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: RegisterGatePeerRequest | dict[str, Any],
) -> dict[str, Any]:
    """Register VPG Gate Peer

    Register a host as a Gate Peer in the Virtual Private Gateway.

    Args:
        vpg_id (str):
        body: RegisterGatePeerRequest | dict[str, Any]
    """
    required(body, "body", "register_gate_peer")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/peers".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "register_gate_peer"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GatePeer:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GatePeer), got an empty one")
    response_200 = _from_dict_GatePeer(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GatePeer = GatePeer.from_dict

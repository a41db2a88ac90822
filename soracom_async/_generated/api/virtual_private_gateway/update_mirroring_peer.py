"""update_mirroring_peer: PUT /virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.attribute_update import AttributeUpdate
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateMirroringPeer",
    method="PUT",
    path="/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    ipaddr: str,
    body: list[AttributeUpdate] | list[Any],
) -> dict[str, Any]:
    """Updates a Junction mirroring peer

    Updates a Junction mirroring peer.

    Args:
        vpg_id (str):
        ipaddr (str):
        body: list[AttributeUpdate] | list[Any]
    """
    required(body, "body", "update_mirroring_peer")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "update_mirroring_peer"),
            ipaddr=path_segment(ipaddr, "ipaddr", "update_mirroring_peer"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

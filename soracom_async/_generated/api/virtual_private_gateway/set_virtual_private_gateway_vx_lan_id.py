"""set_virtual_private_gateway_vx_lan_id: POST /virtual_private_gateways/{vpg_id}/gate/set_vxlan_id"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_virtual_private_gateway_vx_lan_id_request import (
    SetVirtualPrivateGatewayVxLanIdRequest,
)
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setVirtualPrivateGatewayVxLanId",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/set_vxlan_id",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: SetVirtualPrivateGatewayVxLanIdRequest | dict[str, Any],
) -> dict[str, Any]:
    """Set VXLAN ID for Gate

    Set VXLAN ID for Gate.

    Args:
        vpg_id (str):
        body: SetVirtualPrivateGatewayVxLanIdRequest | dict[str, Any]
    """
    required(body, "body", "set_virtual_private_gateway_vx_lan_id")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/set_vxlan_id".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "set_virtual_private_gateway_vx_lan_id"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

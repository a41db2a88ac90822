"""set_virtual_private_gateway_vx_lan_id: POST /virtual_private_gateways/{vpg_id}/gate/set_vxlan_id"""

from typing import Any
from urllib.parse import quote

from ...models.set_virtual_private_gateway_vx_lan_id_request import (
    SetVirtualPrivateGatewayVxLanIdRequest,
)
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/gate/set_vxlan_id".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

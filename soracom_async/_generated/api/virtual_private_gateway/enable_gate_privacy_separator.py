"""enable_gate_privacy_separator: POST /virtual_private_gateways/{vpg_id}/gate/enable_privacy_separator"""

from typing import Any
from urllib.parse import quote

from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import ResponseLike


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Enables Soracom Gate privacy separator feature on the specified VPG
    Enables Soracom Gate's privacy separator feature on the specified VPG and disables the
    Gate D2D feature.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/gate/enable_privacy_separator".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> VirtualPrivateGateway:
    """The parsed body of a successful (2xx) response."""
    response_200 = VirtualPrivateGateway.from_dict(response.json())

    return response_200

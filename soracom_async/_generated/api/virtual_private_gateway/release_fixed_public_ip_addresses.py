"""release_fixed_public_ip_addresses: DELETE /virtual_private_gateways/{vpg_id}/fixed_public_ip_addresses"""

from typing import Any

from ....contracts import OperationSpec
from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="releaseFixedPublicIpAddresses",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/fixed_public_ip_addresses",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Disable the fixed global IP address option for the VPG

    Disables the fixed global IP address option for the VPG.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/fixed_public_ip_addresses".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "release_fixed_public_ip_addresses"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> VirtualPrivateGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (VirtualPrivateGateway), got an empty one")
    response_200 = _from_dict_VirtualPrivateGateway(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_VirtualPrivateGateway = VirtualPrivateGateway.from_dict

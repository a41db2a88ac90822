"""get_virtual_private_gateway: GET /virtual_private_gateways/{vpg_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getVirtualPrivateGateway",
    method="GET",
    path="/virtual_private_gateways/{vpg_id}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Get Virtual Private Gateway

    Retrieves information about the specified VPG.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "get_virtual_private_gateway"),
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

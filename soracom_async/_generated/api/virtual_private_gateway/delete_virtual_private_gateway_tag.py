"""delete_virtual_private_gateway_tag: DELETE /virtual_private_gateways/{vpg_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteVirtualPrivateGatewayTag",
    method="DELETE",
    path="/virtual_private_gateways/{vpg_id}/tags/{tag_name}",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete a VPG Tag

    Deletes a tag from the specified VPG.

    Args:
        vpg_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/tags/{tag_name}".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "delete_virtual_private_gateway_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_virtual_private_gateway_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

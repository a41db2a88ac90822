"""update_virtual_private_gateway_tags: PUT /virtual_private_gateways/{vpg_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_virtual_private_gateway_tags_request_item import (
    UpdateVirtualPrivateGatewayTagsRequestItem,
)
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateVirtualPrivateGatewayTags",
    method="PUT",
    path="/virtual_private_gateways/{vpg_id}/tags",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: list[UpdateVirtualPrivateGatewayTagsRequestItem] | list[Any],
) -> dict[str, Any]:
    """Update VPG tags

    Adds/updates tags of the specified VPG.

    Args:
        vpg_id (str):
        body: list[UpdateVirtualPrivateGatewayTagsRequestItem] | list[Any]
    """
    required(body, "body", "update_virtual_private_gateway_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/tags".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "update_virtual_private_gateway_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

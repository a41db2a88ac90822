"""delete_virtual_private_gateway_tag: DELETE /virtual_private_gateways/{vpg_id}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/virtual_private_gateways/{vpg_id}/tags/{tag_name}".format(
            vpg_id=quote(str(vpg_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_lora_network_set_tag: DELETE /lora_network_sets/{ns_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteLoraNetworkSetTag",
    method="DELETE",
    path="/lora_network_sets/{ns_id}/tags/{tag_name}",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    ns_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete LoRaWAN network set tag

    Deletes a tag from the specified LoRaWAN network set.

    Args:
        ns_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}/tags/{tag_name}".format(
            ns_id=path_segment(ns_id, "ns_id", "delete_lora_network_set_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_lora_network_set_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

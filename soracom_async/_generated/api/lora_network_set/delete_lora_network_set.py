"""delete_lora_network_set: DELETE /lora_network_sets/{ns_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteLoraNetworkSet",
    method="DELETE",
    path="/lora_network_sets/{ns_id}",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    ns_id: str,
) -> dict[str, Any]:
    """Delete LoRaWAN network set

    Deletes the specified LoRaWAN network set.

    Args:
        ns_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}".format(
            ns_id=path_segment(ns_id, "ns_id", "delete_lora_network_set"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

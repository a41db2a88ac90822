"""get_lora_network_set: GET /lora_network_sets/{ns_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_network_set import LoraNetworkSet
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getLoraNetworkSet",
    method="GET",
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
    """Get LoRaWAN network set

    Returns information about the specified LoRaWAN network set.

    Args:
        ns_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}".format(
            ns_id=path_segment(ns_id, "ns_id", "get_lora_network_set"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraNetworkSet:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraNetworkSet), got an empty one")
    response_200 = _from_dict_LoraNetworkSet(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraNetworkSet = LoraNetworkSet.from_dict

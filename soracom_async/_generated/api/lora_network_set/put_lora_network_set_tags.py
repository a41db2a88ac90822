"""put_lora_network_set_tags: PUT /lora_network_sets/{ns_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_network_set import LoraNetworkSet
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putLoraNetworkSetTags",
    method="PUT",
    path="/lora_network_sets/{ns_id}/tags",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    ns_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update LoRaWAN network set tags

    Inserts/updates tags for the specified LoRaWAN network set.

    Args:
        ns_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    required(body, "body", "put_lora_network_set_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}/tags".format(
            ns_id=path_segment(ns_id, "ns_id", "put_lora_network_set_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraNetworkSet:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraNetworkSet), got an empty one")
    response_200 = _from_dict_LoraNetworkSet(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraNetworkSet = LoraNetworkSet.from_dict

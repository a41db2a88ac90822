"""create_lora_network_set: POST /lora_network_sets"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_network_set import LoraNetworkSet
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createLoraNetworkSet",
    method="POST",
    path="/lora_network_sets",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: LoraNetworkSet | dict[str, Any],
) -> dict[str, Any]:
    """Create a LoRaWAN network set

    Creates a specified LoRaWAN network set.

    Args:
        body: LoraNetworkSet | dict[str, Any]
    """
    required(body, "body", "create_lora_network_set")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraNetworkSet:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraNetworkSet), got an empty one")
    response_201 = _from_dict_LoraNetworkSet(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_LoraNetworkSet = LoraNetworkSet.from_dict

"""unset_lora_network_set: POST /lora_gateways/{gateway_id}/unset_network_set"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_gateway import LoraGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unsetLoraNetworkSet",
    method="POST",
    path="/lora_gateways/{gateway_id}/unset_network_set",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    gateway_id: str,
) -> dict[str, Any]:
    """Unset Network Set ID of LoRaWAN gateway

    Unset network set ID of the specified LoRaWAN gateway.

    Args:
        gateway_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_gateways/{gateway_id}/unset_network_set".format(
            gateway_id=path_segment(gateway_id, "gateway_id", "unset_lora_network_set"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> LoraGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraGateway), got an empty one")
    response_200 = _from_dict_LoraGateway(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraGateway = LoraGateway.from_dict

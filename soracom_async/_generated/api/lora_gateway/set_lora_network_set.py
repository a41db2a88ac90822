"""set_lora_network_set: POST /lora_gateways/{gateway_id}/set_network_set"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_gateway import LoraGateway
from ...models.set_network_set_request import SetNetworkSetRequest
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setLoraNetworkSet",
    method="POST",
    path="/lora_gateways/{gateway_id}/set_network_set",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    gateway_id: str,
    body: SetNetworkSetRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Set Network Set ID of LoRaWAN gateway

    Sets or overwrites network set ID for the specified LoRaWAN gateway.

    Args:
        gateway_id (str):
        body: SetNetworkSetRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_gateways/{gateway_id}/set_network_set".format(
            gateway_id=path_segment(gateway_id, "gateway_id", "set_lora_network_set"),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraGateway), got an empty one")
    response_200 = _from_dict_LoraGateway(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraGateway = LoraGateway.from_dict

"""disable_termination_on_lora_gateway: POST /lora_gateways/{gateway_id}/disable_termination"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_gateway import LoraGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="disableTerminationOnLoraGateway",
    method="POST",
    path="/lora_gateways/{gateway_id}/disable_termination",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    gateway_id: str,
) -> dict[str, Any]:
    """Disable Termination of LoRaWAN gateway

    Disables termination of specified LoRaWAN gateway.

    Args:
        gateway_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/lora_gateways/{gateway_id}/disable_termination".format(
            gateway_id=path_segment(
                gateway_id, "gateway_id", "disable_termination_on_lora_gateway"
            ),
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

"""put_lora_gateway_tags: PUT /lora_gateways/{gateway_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_gateway import LoraGateway
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putLoraGatewayTags",
    method="PUT",
    path="/lora_gateways/{gateway_id}/tags",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    gateway_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update LoRaWAN gateway Tags

    Inserts/updates tags for the specified LoRaWAN gateway.

    Args:
        gateway_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    required(body, "body", "put_lora_gateway_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_gateways/{gateway_id}/tags".format(
            gateway_id=path_segment(gateway_id, "gateway_id", "put_lora_gateway_tags"),
        ),
    }
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

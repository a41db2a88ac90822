"""put_lora_device_tags: PUT /lora_devices/{device_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_device import LoraDevice
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putLoraDeviceTags",
    method="PUT",
    path="/lora_devices/{device_id}/tags",
    group="LoraDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update LoRaWAN device Tags.

    Inserts/updates tags for the specified LoRaWAN device.

    Args:
        device_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    required(body, "body", "put_lora_device_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_devices/{device_id}/tags".format(
            device_id=path_segment(device_id, "device_id", "put_lora_device_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraDevice), got an empty one")
    response_200 = _from_dict_LoraDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraDevice = LoraDevice.from_dict

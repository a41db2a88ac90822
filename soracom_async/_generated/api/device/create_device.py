"""create_device: POST /devices"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device import Device
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createDevice",
    method="POST",
    path="/devices",
    group="Device",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: Device | dict[str, Any],
) -> dict[str, Any]:
    """Creates a new Device

    Args:
        body: Device | dict[str, Any]
    """
    required(body, "body", "create_device")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/devices",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Device), got an empty one")
    response_201 = _from_dict_Device(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_Device = Device.from_dict

"""get_device: GET /devices/{device_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device import Device
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getDevice",
    method="GET",
    path="/devices/{device_id}",
    group="Device",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    model: bool | Unset = False,
) -> dict[str, Any]:
    """Returns a Device identified by device ID

    Args:
        device_id (str):
        model (bool | Unset):  Default: False.
    """
    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/devices/{device_id}".format(
            device_id=path_segment(device_id, "device_id", "get_device"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> Device:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Device), got an empty one")
    response_200 = _from_dict_Device(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Device = Device.from_dict

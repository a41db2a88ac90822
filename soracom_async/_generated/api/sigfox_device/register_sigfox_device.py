"""register_sigfox_device: POST /sigfox_devices/{device_id}/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sigfox_device import SigfoxDevice
from ...models.sigfox_registration_request import SigfoxRegistrationRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerSigfoxDevice",
    method="POST",
    path="/sigfox_devices/{device_id}/register",
    group="SigfoxDevice",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    device_id: str,
    body: SigfoxRegistrationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Registers a Sigfox device.

    Args:
        device_id (str):
        body: SigfoxRegistrationRequest | dict[str, Any]
    """
    required(body, "body", "register_sigfox_device")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sigfox_devices/{device_id}/register".format(
            device_id=path_segment(device_id, "device_id", "register_sigfox_device"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SigfoxDevice:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SigfoxDevice), got an empty one")
    response_200 = _from_dict_SigfoxDevice(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SigfoxDevice = SigfoxDevice.from_dict

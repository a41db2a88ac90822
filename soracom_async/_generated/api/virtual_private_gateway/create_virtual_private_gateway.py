"""create_virtual_private_gateway: POST /virtual_private_gateways"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_virtual_private_gateway_request import CreateVirtualPrivateGatewayRequest
from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createVirtualPrivateGateway",
    method="POST",
    path="/virtual_private_gateways",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateVirtualPrivateGatewayRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Virtual Private Gateway

    Create a new VPG.

    Args:
        body: CreateVirtualPrivateGatewayRequest | dict[str, Any]
    """
    required(body, "body", "create_virtual_private_gateway")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> VirtualPrivateGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (VirtualPrivateGateway), got an empty one")
    response_201 = _from_dict_VirtualPrivateGateway(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_VirtualPrivateGateway = VirtualPrivateGateway.from_dict

"""create_port_mapping: POST /port_mappings"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_port_mapping_request import CreatePortMappingRequest
from ...models.port_mapping import PortMapping
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createPortMapping",
    method="POST",
    path="/port_mappings",
    group="PortMapping",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreatePortMappingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Napter On-Demand Remote Access entry

    Create a new Napter On-Demand Remote Access entry.

    Args:
        body: CreatePortMappingRequest | dict[str, Any]
    """
    required(body, "body", "create_port_mapping")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/port_mappings",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> PortMapping:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (PortMapping), got an empty one")
    response_201 = _from_dict_PortMapping(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_PortMapping = PortMapping.from_dict

"""create_port_mapping_for_sim: POST /port_mappings/sims/{sim_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_port_mapping_request_for_sim import CreatePortMappingRequestForSim
from ...models.port_mapping import PortMapping
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createPortMappingForSim",
    method="POST",
    path="/port_mappings/sims/{sim_id}",
    group="PortMapping",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: CreatePortMappingRequestForSim | dict[str, Any],
) -> dict[str, Any]:
    """Create Napter On-Demand Remote Access entry with specified SIM ID

    Create a new Napter On-Demand Remote Access entry with the specified SIM ID.

    Args:
        sim_id (str):
        body: CreatePortMappingRequestForSim | dict[str, Any]
    """
    required(body, "body", "create_port_mapping_for_sim")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/port_mappings/sims/{sim_id}".format(
            sim_id=path_segment(sim_id, "sim_id", "create_port_mapping_for_sim"),
        ),
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

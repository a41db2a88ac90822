"""create_port_mapping_for_sim: POST /port_mappings/sims/{sim_id}"""

from typing import Any
from urllib.parse import quote

from ...models.create_port_mapping_request_for_sim import CreatePortMappingRequestForSim
from ...models.port_mapping import PortMapping
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/port_mappings/sims/{sim_id}".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> PortMapping:
    """The parsed body of a successful (2xx) response."""
    response_201 = PortMapping.from_dict(response.json())

    return response_201

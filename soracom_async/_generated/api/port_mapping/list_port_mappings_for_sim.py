"""list_port_mappings_for_sim: GET /port_mappings/sims/{sim_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.port_mapping import PortMapping
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listPortMappingsForSim",
    method="GET",
    path="/port_mappings/sims/{sim_id}",
    group="PortMapping",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Retrieve a list of Napter On-Demand Remote Access entries created with specified SIM ID

    Retrieves a list of Napter On-Demand Remote Access entries created with the specified SIM
    ID.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/port_mappings/sims/{sim_id}".format(
            sim_id=path_segment(sim_id, "sim_id", "list_port_mappings_for_sim"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[PortMapping]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[PortMapping]), got an empty one")
    _response_200 = response.json()
    response_200: list[PortMapping]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_PortMapping(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_PortMapping = PortMapping.from_dict

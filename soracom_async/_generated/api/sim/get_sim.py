"""get_sim: GET /sims/{sim_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSim",
    method="GET",
    path="/sims/{sim_id}",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Gets information about the IoT SIM

    Gets information about the IoT SIM.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}".format(
            sim_id=path_segment(sim_id, "sim_id", "get_sim"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Sim), got an empty one")
    response_200 = _from_dict_Sim(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

"""get_sim: GET /sims/{sim_id}"""

from typing import Any

from ...models.sim import Sim
from ...types import (
    ResponseLike,
    path_segment,
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
        "method": "GET",
        "url": "/sims/{sim_id}".format(
            sim_id=path_segment(sim_id, "sim_id", "get_sim"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise ValueError("expected a JSON body (Sim), got an empty one")
    response_200 = Sim.from_dict(response.json())

    return response_200

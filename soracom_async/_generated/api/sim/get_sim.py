"""get_sim: GET /sims/{sim_id}"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import ResponseLike


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
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

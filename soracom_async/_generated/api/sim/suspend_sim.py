"""suspend_sim: POST /sims/{sim_id}/suspend"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import ResponseLike


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Suspend SIM
    Changes status of specified SIM to "suspended".

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/suspend".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

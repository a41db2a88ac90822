"""unset_sim_group: POST /sims/{sim_id}/unset_group"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import ResponseLike


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Removes a SIM from a SIM group
    Removes a SIM from a SIM group.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/unset_group".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

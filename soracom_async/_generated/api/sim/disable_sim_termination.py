"""disable_sim_termination: POST /sims/{sim_id}/disable_termination"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import ResponseLike


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Disables termination of the SIM
    Enables termination protection for the specified IoT SIM (disables termination).

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/disable_termination".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

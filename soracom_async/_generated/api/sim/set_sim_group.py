"""set_sim_group: POST /sims/{sim_id}/set_group"""

from typing import Any
from urllib.parse import quote

from ...models.set_group_request import SetGroupRequest
from ...models.sim import Sim
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds a SIM to a SIM group
    Adds a SIM to a SIM group.

    Args:
        sim_id (str):
        body: SetGroupRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/set_group".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

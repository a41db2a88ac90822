"""register_sim: POST /sims/{sim_id}/register"""

from typing import Any
from urllib.parse import quote

from ...models.register_sim_request import RegisterSimRequest
from ...models.sim import Sim
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: RegisterSimRequest | dict[str, Any],
) -> dict[str, Any]:
    """Registers an IoT SIM to an operator
    Registers an IoT SIM to an operator.

    Args:
        sim_id (str):
        body: RegisterSimRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/register".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_201 = Sim.from_dict(response.json())

    return response_201

"""set_sim_expiry_time: POST /sims/{sim_id}/set_expiry_time"""

from typing import Any
from urllib.parse import quote

from ...models.expiry_time import ExpiryTime
from ...models.sim import Sim
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: ExpiryTime | dict[str, Any],
) -> dict[str, Any]:
    """Sets expiry time of IoT SIM
    Sets the expiration date and action for the specified IoT SIM.

    Args:
        sim_id (str):
        body: ExpiryTime | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/set_expiry_time".format(
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

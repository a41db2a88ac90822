"""update_sim_speed_class: POST /sims/{sim_id}/update_speed_class"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...models.update_speed_class_request import UpdateSpeedClassRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: UpdateSpeedClassRequest | dict[str, Any],
) -> dict[str, Any]:
    """Updates the IoT SIM speed class
    Updates the IoT SIM speed class.

    Args:
        sim_id (str):
        body: UpdateSpeedClassRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/update_speed_class".format(
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

"""put_sim_tags: PUT /sims/{sim_id}/tags"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...models.tag_update_request import TagUpdateRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    sim_id: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Add or Update tags for an IoT SIM
    Adds or updates tags for the specified IoT SIM.

    The name of the IoT SIM is registered as a tag with the key `name`.

    Args:
        sim_id (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sims/{sim_id}/tags".format(
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

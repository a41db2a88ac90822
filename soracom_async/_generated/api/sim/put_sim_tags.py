"""put_sim_tags: PUT /sims/{sim_id}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putSimTags",
    method="PUT",
    path="/sims/{sim_id}/tags",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "put_sim_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/tags".format(
            sim_id=path_segment(sim_id, "sim_id", "put_sim_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Sim), got an empty one")
    response_200 = _from_dict_Sim(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

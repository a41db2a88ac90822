"""set_sim_group: POST /sims/{sim_id}/set_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_group_request import SetGroupRequest
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSimGroup",
    method="POST",
    path="/sims/{sim_id}/set_group",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "set_sim_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/set_group".format(
            sim_id=path_segment(sim_id, "sim_id", "set_sim_group"),
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

"""set_sim_expiry_time: POST /sims/{sim_id}/set_expiry_time"""

from typing import Any

from ....contracts import OperationSpec
from ...models.expiry_time import ExpiryTime
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSimExpiryTime",
    method="POST",
    path="/sims/{sim_id}/set_expiry_time",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "set_sim_expiry_time")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/set_expiry_time".format(
            sim_id=path_segment(sim_id, "sim_id", "set_sim_expiry_time"),
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

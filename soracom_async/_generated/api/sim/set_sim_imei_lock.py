"""set_sim_imei_lock: POST /sims/{sim_id}/set_imei_lock"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_imei_lock_request import SetImeiLockRequest
from ...models.sim import Sim
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSimImeiLock",
    method="POST",
    path="/sims/{sim_id}/set_imei_lock",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SetImeiLockRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Sets IMEI lock configuration for the SIM

    Sets IMEI that the SIM should be locked to.

    Args:
        sim_id (str):
        body: SetImeiLockRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/set_imei_lock".format(
            sim_id=path_segment(sim_id, "sim_id", "set_sim_imei_lock"),
        ),
    }
    if body is not UNSET and body is not None:
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

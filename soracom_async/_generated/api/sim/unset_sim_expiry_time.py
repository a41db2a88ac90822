"""unset_sim_expiry_time: POST /sims/{sim_id}/unset_expiry_time"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unsetSimExpiryTime",
    method="POST",
    path="/sims/{sim_id}/unset_expiry_time",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Deletes expiry time of the SIM

    Deletes expiry time of specified SIM and changes it to indefinite.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/unset_expiry_time".format(
            sim_id=path_segment(sim_id, "sim_id", "unset_sim_expiry_time"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Sim), got an empty one")
    response_200 = _from_dict_Sim(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

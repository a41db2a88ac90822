"""register_sim: POST /sims/{sim_id}/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.register_sim_request import RegisterSimRequest
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerSim",
    method="POST",
    path="/sims/{sim_id}/register",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "register_sim")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/register".format(
            sim_id=path_segment(sim_id, "sim_id", "register_sim"),
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
    response_201 = _from_dict_Sim(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict

"""create_sim: POST /sims"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_sim_request import CreateSimRequest
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createSim",
    method="POST",
    path="/sims",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateSimRequest | dict[str, Any],
) -> dict[str, Any]:
    """Creates a new virtual SIM/Subscriber

    Creates a new Soracom Arc virtual SIM/Subscriber. For details, please refer to [Creating
    Virtual SIMs](/en/docs/arc/configuration/).

    Args:
        body: CreateSimRequest | dict[str, Any]
    """
    required(body, "body", "create_sim")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims",
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

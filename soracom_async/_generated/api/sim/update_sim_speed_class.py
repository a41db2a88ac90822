"""update_sim_speed_class: POST /sims/{sim_id}/update_speed_class"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...models.update_speed_class_request import UpdateSpeedClassRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateSimSpeedClass",
    method="POST",
    path="/sims/{sim_id}/update_speed_class",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "update_sim_speed_class")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/update_speed_class".format(
            sim_id=path_segment(sim_id, "sim_id", "update_sim_speed_class"),
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

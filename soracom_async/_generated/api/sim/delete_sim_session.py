"""delete_sim_session: POST /sims/{sim_id}/delete_session"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim import Sim
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSimSession",
    method="POST",
    path="/sims/{sim_id}/delete_session",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Delete and reconnect the Session

    Deletes and then reconnects the session for the specified SIM.

    **Warning**: If you attempt to delete the session for an offline IoT SIM, the following
    error message will be returned:

    ```
    Error: {"code":"SEM0016","message":"The specified subscriber is offline"}
    ```

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/delete_session".format(
            sim_id=path_segment(sim_id, "sim_id", "delete_sim_session"),
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

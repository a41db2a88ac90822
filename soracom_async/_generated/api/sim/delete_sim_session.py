"""delete_sim_session: POST /sims/{sim_id}/delete_session"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import ResponseLike


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
        "method": "POST",
        "url": "/sims/{sim_id}/delete_session".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Sim:
    """The parsed body of a successful (2xx) response."""
    response_200 = Sim.from_dict(response.json())

    return response_200

"""remove_arc_sim_credentials: DELETE /sims/{sim_id}/credentials/arc"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="removeArcSimCredentials",
    method="DELETE",
    path="/sims/{sim_id}/credentials/arc",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """(DEPRECATED) Removes the credentials for Arc from a SIM

    (DEPRECATED) Removes the credentials (public key) for Soracom Arc from the SIM.

    **Warning**: Do not use this API.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=path_segment(sim_id, "sim_id", "remove_arc_sim_credentials"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

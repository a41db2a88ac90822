"""terminate_subscription_container: POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="terminateSubscriptionContainer",
    method="POST",
    path="/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    iccid: str,
    imsi: str,
) -> dict[str, Any]:
    """Terminates subscription container

    Terminates subscription container. Currently this API supports only for virtual
    SIM/Subscribers for Soracom Arc.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate".format(
            sim_id=path_segment(sim_id, "sim_id", "terminate_subscription_container"),
            iccid=path_segment(iccid, "iccid", "terminate_subscription_container"),
            imsi=path_segment(imsi, "imsi", "terminate_subscription_container"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

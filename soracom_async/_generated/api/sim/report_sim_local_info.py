"""report_sim_local_info: POST /sims/{sim_id}/report_local_info"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="reportSimLocalInfo",
    method="POST",
    path="/sims/{sim_id}/report_local_info",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Gets SIM local information report

    Gets SIM local information report.

    **Alert**: One SMS will be sent to the IoT device per request for SIM local information
    report. Sending SMS to IoT devices is charged. For more information on fees, refer to the
    following page
    - [Pricing & Fee Schedule](/en/docs/reference/fees/)

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/report_local_info".format(
            sim_id=path_segment(sim_id, "sim_id", "report_sim_local_info"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Subscriber), got an empty one")
    response_202 = _from_dict_Subscriber(response.json())

    return response_202


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

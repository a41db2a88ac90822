"""send_sms_to_sim: POST /sims/{sim_id}/send_sms"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sms_forwarding_report import SmsForwardingReport
from ...models.sms_forwarding_request import SmsForwardingRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendSmsToSim",
    method="POST",
    path="/sims/{sim_id}/send_sms",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SmsForwardingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send an SMS to an IoT SIM

    Sends an SMS to the specified IoT SIM.

    Args:
        sim_id (str):
        body: SmsForwardingRequest | dict[str, Any]
    """
    required(body, "body", "send_sms_to_sim")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/send_sms".format(
            sim_id=path_segment(sim_id, "sim_id", "send_sms_to_sim"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SmsForwardingReport:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SmsForwardingReport), got an empty one")
    response_202 = _from_dict_SmsForwardingReport(response.json())

    return response_202


# Parsers called per object, bound once (after every import).
_from_dict_SmsForwardingReport = SmsForwardingReport.from_dict

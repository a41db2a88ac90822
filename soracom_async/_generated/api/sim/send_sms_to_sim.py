"""send_sms_to_sim: POST /sims/{sim_id}/send_sms"""

from typing import Any
from urllib.parse import quote

from ...models.sms_forwarding_report import SmsForwardingReport
from ...models.sms_forwarding_request import SmsForwardingRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/send_sms".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SmsForwardingReport:
    """The parsed body of a successful (2xx) response."""
    response_202 = SmsForwardingReport.from_dict(response.json())

    return response_202

"""send_sms_by_msisdn: POST /subscribers/msisdn/{msisdn}/send_sms"""

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
    operation_id="sendSmsByMsisdn",
    method="POST",
    path="/subscribers/msisdn/{msisdn}/send_sms",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    msisdn: str,
    body: SmsForwardingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send SMS to Subscriber by MSISDN

    Send SMS to a subscriber specified with MSISDN.

    Args:
        msisdn (str):
        body: SmsForwardingRequest | dict[str, Any]
    """
    required(body, "body", "send_sms_by_msisdn")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/msisdn/{msisdn}/send_sms".format(
            msisdn=path_segment(msisdn, "msisdn", "send_sms_by_msisdn"),
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

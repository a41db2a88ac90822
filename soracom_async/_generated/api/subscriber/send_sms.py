"""send_sms: POST /subscribers/{imsi}/send_sms"""

from typing import Any
from urllib.parse import quote

from ...models.sms_forwarding_report import SmsForwardingReport
from ...models.sms_forwarding_request import SmsForwardingRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: SmsForwardingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send SMS to Subscriber
    Send SMS to the specified subscriber.

    Args:
        imsi (str):
        body: SmsForwardingRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/send_sms".format(
            imsi=quote(str(imsi), safe=""),
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

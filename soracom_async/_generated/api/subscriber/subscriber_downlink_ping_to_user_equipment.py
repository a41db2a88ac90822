"""subscriber_downlink_ping_to_user_equipment: POST /subscribers/{imsi}/downlink/ping"""

from typing import Any

from ....contracts import OperationSpec
from ...models.downlink_ping_request import DownlinkPingRequest
from ...models.downlink_ping_response import DownlinkPingResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="subscriberDownlinkPingToUserEquipment",
    method="POST",
    path="/subscribers/{imsi}/downlink/ping",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: DownlinkPingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send ping requests to a subscriber.

    Send ICMP ping requests to a subscriber.

    Args:
        imsi (str):
        body: DownlinkPingRequest | dict[str, Any]
    """
    required(body, "body", "subscriber_downlink_ping_to_user_equipment")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/downlink/ping".format(
            imsi=path_segment(imsi, "imsi", "subscriber_downlink_ping_to_user_equipment"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> DownlinkPingResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DownlinkPingResponse), got an empty one")
    response_200 = _from_dict_DownlinkPingResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DownlinkPingResponse = DownlinkPingResponse.from_dict

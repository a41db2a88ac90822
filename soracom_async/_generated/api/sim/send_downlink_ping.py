"""send_downlink_ping: POST /sims/{sim_id}/downlink/ping"""

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
    operation_id="sendDownlinkPing",
    method="POST",
    path="/sims/{sim_id}/downlink/ping",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: DownlinkPingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Sends ping requests to a SIM.

    Sends ICMP ping requests to a SIM.

    Args:
        sim_id (str):
        body: DownlinkPingRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_ping")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/ping".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_ping"),
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

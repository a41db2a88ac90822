"""send_downlink_tcp: POST /sims/{sim_id}/downlink/tcp"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_downlink_tcp_request import SimDownlinkTcpRequest
from ...models.sim_downlink_tcp_response import SimDownlinkTcpResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDownlinkTcp",
    method="POST",
    path="/sims/{sim_id}/downlink/tcp",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SimDownlinkTcpRequest | dict[str, Any],
) -> dict[str, Any]:
    """Connect to a device using an IoT SIM via TCP and send/receive data

    Connects to a device using an IoT SIM via TCP, sends specified data, and returns data
    received from the device.

    - The maximum size of sent and received data is 5 MiB each.
    - If sending and receiving data is not completed within the time specified by `timeout`,
    an error will occur.

    Args:
        sim_id (str):
        body: SimDownlinkTcpRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_tcp")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/tcp".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_tcp"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SimDownlinkTcpResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimDownlinkTcpResponse), got an empty one")
    response_200 = _from_dict_SimDownlinkTcpResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkTcpResponse = SimDownlinkTcpResponse.from_dict

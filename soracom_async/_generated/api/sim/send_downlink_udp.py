"""send_downlink_udp: POST /sims/{sim_id}/downlink/udp"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_downlink_udp_request import SimDownlinkUdpRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDownlinkUdp",
    method="POST",
    path="/sims/{sim_id}/downlink/udp",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SimDownlinkUdpRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send data using IoT SIM via UDP

    Sends specified data to a device using an IoT SIM via UDP.

    **Warning**: Unlike TCP, UDP communication lacks retransmission and sequencing mechanisms,
    which may lead to packet loss or out-of-order arrival.

    Args:
        sim_id (str):
        body: SimDownlinkUdpRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_udp")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/udp".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_udp"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

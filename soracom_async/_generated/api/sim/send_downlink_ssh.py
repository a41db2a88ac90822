"""send_downlink_ssh: POST /sims/{sim_id}/downlink/ssh"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_downlink_ssh_request import SimDownlinkSshRequest
from ...models.sim_downlink_ssh_response import SimDownlinkSshResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDownlinkSsh",
    method="POST",
    path="/sims/{sim_id}/downlink/ssh",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SimDownlinkSshRequest | dict[str, Any],
) -> dict[str, Any]:
    """Connect to a device using an IoT SIM via SSH and execute a specified command

    Connects to a device using an IoT SIM via SSH, executes a specified command, and returns
    the standard output and standard error output in the API response body.

    Args:
        sim_id (str):
        body: SimDownlinkSshRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_ssh")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/ssh".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_ssh"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SimDownlinkSshResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimDownlinkSshResponse), got an empty one")
    response_200 = _from_dict_SimDownlinkSshResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkSshResponse = SimDownlinkSshResponse.from_dict

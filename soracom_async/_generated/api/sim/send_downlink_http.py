"""send_downlink_http: POST /sims/{sim_id}/downlink/http"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_downlink_http_request import SimDownlinkHttpRequest
from ...models.sim_downlink_http_response import SimDownlinkHttpResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDownlinkHttp",
    method="POST",
    path="/sims/{sim_id}/downlink/http",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: SimDownlinkHttpRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send an HTTP request to a device using an IoT SIM

    Sends an HTTP request to a device using an IoT SIM and returns the HTTP response from the
    device in the API response body.

    Args:
        sim_id (str):
        body: SimDownlinkHttpRequest | dict[str, Any]
    """
    required(body, "body", "send_downlink_http")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/downlink/http".format(
            sim_id=path_segment(sim_id, "sim_id", "send_downlink_http"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SimDownlinkHttpResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimDownlinkHttpResponse), got an empty one")
    response_200 = _from_dict_SimDownlinkHttpResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkHttpResponse = SimDownlinkHttpResponse.from_dict

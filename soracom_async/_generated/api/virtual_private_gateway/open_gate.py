"""open_gate: POST /virtual_private_gateways/{vpg_id}/gate/open"""

from typing import Any

from ....contracts import OperationSpec
from ...models.open_gate_request import OpenGateRequest
from ...types import (
    UNSET,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="openGate",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/open",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: OpenGateRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Open Soracom Gate

    Open Soracom Gate on the specified VPG.

    Args:
        vpg_id (str):
        body: OpenGateRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/open".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "open_gate"),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""put_uplink_filter_rules: PUT /virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_uplink_filter_rules_request import UpdateUplinkFilterRulesRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putUplinkFilterRules",
    method="PUT",
    path="/virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
    body: UpdateUplinkFilterRulesRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update IP rules

    Replaces the IP rules (IP filtering) of the specified VPG with the rules in the request.
    Existing domain rules are retained.

    Args:
        vpg_id (str):
        body: UpdateUplinkFilterRulesRequest | dict[str, Any] (Request to replace the IP rules (IP filtering) of a VPG.)
    """
    required(body, "body", "put_uplink_filter_rules")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "put_uplink_filter_rules"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

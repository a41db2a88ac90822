"""put_uplink_filter_rules: PUT /virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules"""

from typing import Any
from urllib.parse import quote

from ...models.update_uplink_filter_rules_request import UpdateUplinkFilterRulesRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

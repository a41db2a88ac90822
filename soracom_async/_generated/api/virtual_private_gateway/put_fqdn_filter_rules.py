"""put_fqdn_filter_rules: PUT /virtual_private_gateways/{vpg_id}/traffic_filtering/fqdn_rules"""

from typing import Any
from urllib.parse import quote

from ...models.update_fqdn_filter_rules_request import UpdateFqdnFilterRulesRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    vpg_id: str,
    body: UpdateFqdnFilterRulesRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update domain rules
    Replaces the domain (FQDN) rules of the specified VPG with the rules in the request.
    Existing IP rules are retained.

    Args:
        vpg_id (str):
        body: UpdateFqdnFilterRulesRequest | dict[str, Any] (Request to replace the domain (FQDN) rules of a VPG.)
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/virtual_private_gateways/{vpg_id}/traffic_filtering/fqdn_rules".format(
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

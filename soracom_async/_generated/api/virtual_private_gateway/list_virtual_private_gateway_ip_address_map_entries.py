"""list_virtual_private_gateway_ip_address_map_entries: GET /virtual_private_gateways/{vpg_id}/ip_address_map"""

from typing import Any
from urllib.parse import quote

from ...models.ip_address_map_entry import IpAddressMapEntry
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    vpg_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List VPG IP address map entries
    Retrieves the list of IP address map entries for the specified VPG.

    Args:
        vpg_id (str):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/virtual_private_gateways/{vpg_id}/ip_address_map".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[IpAddressMapEntry]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = IpAddressMapEntry.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

"""list_virtual_private_gateway_ip_address_map_entries: GET /virtual_private_gateways/{vpg_id}/ip_address_map"""

from typing import Any

from ....contracts import OperationSpec
from ...models.ip_address_map_entry import IpAddressMapEntry
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listVirtualPrivateGatewayIpAddressMapEntries",
    method="GET",
    path="/virtual_private_gateways/{vpg_id}/ip_address_map",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=True,
)


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
        "url": "/virtual_private_gateways/{vpg_id}/ip_address_map".format(
            vpg_id=path_segment(
                vpg_id, "vpg_id", "list_virtual_private_gateway_ip_address_map_entries"
            ),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[IpAddressMapEntry]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[IpAddressMapEntry]), got an empty one")
    _response_200 = response.json()
    response_200: list[IpAddressMapEntry]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_IpAddressMapEntry(v) for v in _response_200]

    return response_200


def items(page: list[IpAddressMapEntry]) -> list[IpAddressMapEntry]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    vpg_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "vpg_id": vpg_id,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        IpAddressMapEntry.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_IpAddressMapEntry = IpAddressMapEntry.from_dict

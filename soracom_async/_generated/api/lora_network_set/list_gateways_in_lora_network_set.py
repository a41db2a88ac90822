"""list_gateways_in_lora_network_set: GET /lora_network_sets/{ns_id}/gateways"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_gateway import LoraGateway
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
    operation_id="listGatewaysInLoraNetworkSet",
    method="GET",
    path="/lora_network_sets/{ns_id}/gateways",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    ns_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List LoRaWAN Gateways in a Network Set

    Returns a list of LoRaWAN gateways that belong to the specified network set. If the total
    number of LoRaWAN gateways does not fit in one page, a URL for accessing the next page is
    returned in the `link` header of the response.

    Args:
        ns_id (str):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}/gateways".format(
            ns_id=path_segment(ns_id, "ns_id", "list_gateways_in_lora_network_set"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[LoraGateway]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[LoraGateway]), got an empty one")
    _response_200 = response.json()
    response_200: list[LoraGateway]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_LoraGateway(v) for v in _response_200]

    return response_200


def items(page: list[LoraGateway]) -> list[LoraGateway]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    ns_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "ns_id": ns_id,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        LoraGateway.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_LoraGateway = LoraGateway.from_dict

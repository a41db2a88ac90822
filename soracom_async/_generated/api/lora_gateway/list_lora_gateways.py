"""list_lora_gateways: GET /lora_gateways"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_lora_gateways_tag_value_match_mode import ListLoraGatewaysTagValueMatchMode
from ...models.lora_gateway import LoraGateway
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listLoraGateways",
    method="GET",
    path="/lora_gateways",
    group="LoraGateway",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: ListLoraGatewaysTagValueMatchMode
    | Literal["exact", "prefix"]
    | Unset = ListLoraGatewaysTagValueMatchMode.EXACT,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List LoRaWAN Gateways

    Returns a list of LoRaWAN gateways that match certain criteria. If the total number of
    LoRaWAN gateways does not fit in one page, a URL for accessing the next page is returned
    in the `link` header of the response.

    Args:
        tag_name (str | Unset):
        tag_value (str | Unset):
        tag_value_match_mode (ListLoraGatewaysTagValueMatchMode | Unset):  Default:
            ListLoraGatewaysTagValueMatchMode.EXACT.
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["tag_name"] = tag_name

    params["tag_value"] = tag_value

    json_tag_value_match_mode: str | None | Unset
    if tag_value_match_mode is None or tag_value_match_mode is UNSET:
        json_tag_value_match_mode = tag_value_match_mode
    else:
        json_tag_value_match_mode = str(tag_value_match_mode)

    params["tag_value_match_mode"] = json_tag_value_match_mode

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/lora_gateways",
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
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: ListLoraGatewaysTagValueMatchMode
    | Literal["exact", "prefix"]
    | Unset = ListLoraGatewaysTagValueMatchMode.EXACT,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "tag_name": tag_name,
        "tag_value": tag_value,
        "tag_value_match_mode": tag_value_match_mode,
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

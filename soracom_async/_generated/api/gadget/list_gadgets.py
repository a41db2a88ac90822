"""list_gadgets: GET /gadgets"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.gadget import Gadget
from ...models.list_gadgets_product_id import ListGadgetsProductId
from ...models.list_gadgets_tag_value_match_mode import ListGadgetsTagValueMatchMode
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listGadgets",
    method="GET",
    path="/gadgets",
    group="Gadget",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    product_id: ListGadgetsProductId | Literal["button", "wimax"] | Unset = UNSET,
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: ListGadgetsTagValueMatchMode
    | Literal["exact", "prefix"]
    | Unset = ListGadgetsTagValueMatchMode.EXACT,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List gadgets

    Returns a list of gadgets that match certain criteria. If the total number of gadgets does
    not fit in one page, a URL for accessing the next page is returned in the `link` header of
    the response.

    Args:
        product_id (ListGadgetsProductId | Unset):
        tag_name (str | Unset):
        tag_value (str | Unset):
        tag_value_match_mode (ListGadgetsTagValueMatchMode | Unset):  Default:
            ListGadgetsTagValueMatchMode.EXACT.
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    json_product_id: str | None | Unset
    if product_id is None or product_id is UNSET:
        json_product_id = product_id
    else:
        json_product_id = str(product_id)

    params["product_id"] = json_product_id

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
        "url": "/gadgets",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Gadget]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Gadget]), got an empty one")
    _response_200 = response.json()
    response_200: list[Gadget]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Gadget(v) for v in _response_200]

    return response_200


def items(page: list[Gadget]) -> list[Gadget]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    product_id: ListGadgetsProductId | Literal["button", "wimax"] | Unset = UNSET,
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: ListGadgetsTagValueMatchMode
    | Literal["exact", "prefix"]
    | Unset = ListGadgetsTagValueMatchMode.EXACT,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "product_id": product_id,
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
        Gadget.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Gadget = Gadget.from_dict

"""list_products: GET /products"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_product_response import ListProductResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
)

SPEC = OperationSpec(
    operation_id="listProducts",
    method="GET",
    path="/products",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    campaign_code: str | Unset = UNSET,
) -> dict[str, Any]:
    """List products

    Returns a list of products.

    Args:
        campaign_code (str | Unset):
    """
    params: dict[str, Any] = {}

    params["campaign_code"] = campaign_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/products",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> ListProductResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ListProductResponse), got an empty one")
    response_200 = _from_dict_ListProductResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListProductResponse = ListProductResponse.from_dict

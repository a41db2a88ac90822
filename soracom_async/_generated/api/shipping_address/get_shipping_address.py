"""get_shipping_address: GET /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_shipping_address_response import GetShippingAddressResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getShippingAddress",
    method="GET",
    path="/operators/{operator_id}/shipping_addresses/{shipping_address_id}",
    group="ShippingAddress",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    shipping_address_id: str,
) -> dict[str, Any]:
    """Get shipping address

    Returns a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_shipping_address"),
            shipping_address_id=path_segment(
                shipping_address_id, "shipping_address_id", "get_shipping_address"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetShippingAddressResponse), got an empty one")
    response_200 = _from_dict_GetShippingAddressResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetShippingAddressResponse = GetShippingAddressResponse.from_dict

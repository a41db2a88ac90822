"""list_shipping_addresses: GET /operators/{operator_id}/shipping_addresses"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_shipping_address_response import ListShippingAddressResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="listShippingAddresses",
    method="GET",
    path="/operators/{operator_id}/shipping_addresses",
    group="ShippingAddress",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List shipping addresses

    Returns a list of shipping addresses.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/shipping_addresses".format(
            operator_id=path_segment(operator_id, "operator_id", "list_shipping_addresses"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> ListShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ListShippingAddressResponse), got an empty one")
    response_200 = _from_dict_ListShippingAddressResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListShippingAddressResponse = ListShippingAddressResponse.from_dict

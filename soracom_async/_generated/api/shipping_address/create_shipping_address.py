"""create_shipping_address: POST /operators/{operator_id}/shipping_addresses"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_shipping_address_response import GetShippingAddressResponse
from ...models.shipping_address_model import ShippingAddressModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createShippingAddress",
    method="POST",
    path="/operators/{operator_id}/shipping_addresses",
    group="ShippingAddress",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: ShippingAddressModel | dict[str, Any],
) -> dict[str, Any]:
    """Create shipping address

    Creates a new shipping address.

    Args:
        operator_id (str):
        body: ShippingAddressModel | dict[str, Any] (Shipping address.)
    """
    required(body, "body", "create_shipping_address")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/shipping_addresses".format(
            operator_id=path_segment(operator_id, "operator_id", "create_shipping_address"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GetShippingAddressResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetShippingAddressResponse), got an empty one")
    response_201 = _from_dict_GetShippingAddressResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_GetShippingAddressResponse = GetShippingAddressResponse.from_dict

"""update_shipping_address: PUT /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.shipping_address_model import ShippingAddressModel
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateShippingAddress",
    method="PUT",
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
    body: ShippingAddressModel | dict[str, Any],
) -> dict[str, Any]:
    """Update shipping address

    Updates a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
        body: ShippingAddressModel | dict[str, Any] (Shipping address.)
    """
    required(body, "body", "update_shipping_address")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "update_shipping_address"),
            shipping_address_id=path_segment(
                shipping_address_id, "shipping_address_id", "update_shipping_address"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

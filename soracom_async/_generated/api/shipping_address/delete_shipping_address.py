"""delete_shipping_address: DELETE /operators/{operator_id}/shipping_addresses/{shipping_address_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteShippingAddress",
    method="DELETE",
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
    """Delete shipping address

    Deletes a shipping address.

    Args:
        operator_id (str):
        shipping_address_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/shipping_addresses/{shipping_address_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_shipping_address"),
            shipping_address_id=path_segment(
                shipping_address_id, "shipping_address_id", "delete_shipping_address"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""confirm_volume_discount_order: PUT /volume_discounts/{order_id}/confirm"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_volume_discount_response import GetVolumeDiscountResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="confirmVolumeDiscountOrder",
    method="PUT",
    path="/volume_discounts/{order_id}/confirm",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Confirm long-term discount order

    Performs a credit check and confirms the order if there are no issues.

    Args:
        order_id (str):  Example: xxxxxxxxxxxxxx_xxxxxxxx.
    """

    _kwargs: dict[str, Any] = {
        "url": "/volume_discounts/{order_id}/confirm".format(
            order_id=path_segment(order_id, "order_id", "confirm_volume_discount_order"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetVolumeDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetVolumeDiscountResponse), got an empty one")
    response_200 = _from_dict_GetVolumeDiscountResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetVolumeDiscountResponse = GetVolumeDiscountResponse.from_dict

"""confirm_profile_order: POST /sim_profile_orders/{profile_order_id}/confirm"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sim_profile_order_response import SimProfileOrderResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="confirmProfileOrder",
    method="POST",
    path="/sim_profile_orders/{profile_order_id}/confirm",
    group="SimProfileOrder",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    profile_order_id: str,
) -> dict[str, Any]:
    """Confirm an eSIM profile order

    Confirms an unconfirmed eSIM profile order and completes the order.
    Once confirmed, an eSIM profile order cannot be canceled.

    Args:
        profile_order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sim_profile_orders/{profile_order_id}/confirm".format(
            profile_order_id=path_segment(
                profile_order_id, "profile_order_id", "confirm_profile_order"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SimProfileOrderResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimProfileOrderResponse), got an empty one")
    response_200 = _from_dict_SimProfileOrderResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SimProfileOrderResponse = SimProfileOrderResponse.from_dict

"""create_profile_order: POST /sim_profile_orders"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_sim_profile_order_request import CreateSimProfileOrderRequest
from ...models.sim_profile_order_response import SimProfileOrderResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createProfileOrder",
    method="POST",
    path="/sim_profile_orders",
    group="SimProfileOrder",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateSimProfileOrderRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Create a new eSIM profile order

    Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for
    1 day, after which it is automatically canceled.
    Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder)
    to confirm the order.

    Args:
        body: CreateSimProfileOrderRequest | dict[str, Any] (Represents a request to place a eSIM profile order without confirming it.)
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sim_profile_orders",
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SimProfileOrderResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimProfileOrderResponse), got an empty one")
    response_201 = _from_dict_SimProfileOrderResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_SimProfileOrderResponse = SimProfileOrderResponse.from_dict

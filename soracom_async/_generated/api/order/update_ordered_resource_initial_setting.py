"""update_ordered_resource_initial_setting: PUT /orders/{order_id}/resource_initial_setting"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_order_response import GetOrderResponse
from ...models.resource_initial_setting import ResourceInitialSetting
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateOrderedResourceInitialSetting",
    method="PUT",
    path="/orders/{order_id}/resource_initial_setting",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    order_id: str,
    body: ResourceInitialSetting | dict[str, Any],
) -> dict[str, Any]:
    """Update resource initial setting for an order

    Update resource initial setting for an order.

    **Warning**: Initial settings of IoT SIM cannot be specified after confirmation of
    receipt.

    Args:
        order_id (str):
        body: ResourceInitialSetting | dict[str, Any] (Initial setting for the resource.)
    """
    required(body, "body", "update_ordered_resource_initial_setting")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/orders/{order_id}/resource_initial_setting".format(
            order_id=path_segment(order_id, "order_id", "update_ordered_resource_initial_setting"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GetOrderResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetOrderResponse), got an empty one")
    response_200 = _from_dict_GetOrderResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetOrderResponse = GetOrderResponse.from_dict

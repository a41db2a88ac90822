"""list_ordered_profiles: GET /sim_profile_orders/{profile_order_id}/profiles"""

from typing import Any

from ....contracts import OperationSpec
from ...models.ordered_sim_profile_response import OrderedSimProfileResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listOrderedProfiles",
    method="GET",
    path="/sim_profile_orders/{profile_order_id}/profiles",
    group="SimProfileOrder",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    profile_order_id: str,
) -> dict[str, Any]:
    """List eSIM profiles created by the eSIM profile order

    Returns a list of eSIM profiles created by the specified eSIM profile order.

    Args:
        profile_order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sim_profile_orders/{profile_order_id}/profiles".format(
            profile_order_id=path_segment(
                profile_order_id, "profile_order_id", "list_ordered_profiles"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[OrderedSimProfileResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[OrderedSimProfileResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[OrderedSimProfileResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_OrderedSimProfileResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_OrderedSimProfileResponse = OrderedSimProfileResponse.from_dict

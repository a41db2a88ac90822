"""get_profile_order: GET /sim_profile_orders/{profile_order_id}"""

from typing import Any
from urllib.parse import quote

from ...models.sim_profile_order_response import SimProfileOrderResponse
from ...types import ResponseLike


def build(
    *,
    profile_order_id: str,
) -> dict[str, Any]:
    """Get an eSIM profile order
    Get an eSIM profile order.

    Args:
        profile_order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sim_profile_orders/{profile_order_id}".format(
            profile_order_id=quote(str(profile_order_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SimProfileOrderResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = SimProfileOrderResponse.from_dict(response.json())

    return response_200

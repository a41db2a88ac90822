"""register_ordered_sim: POST /orders/{order_id}/subscribers/register"""

from typing import Any, cast
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    order_id: str,
) -> dict[str, Any]:
    """Register subscribers for operator
    Registers the ordered SIM with the operator.

    **Warning**: IoT SIMs can only be registered for the past 18 months. If you need to
    register an IoT SIM that was ordered before the time period, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/orders/{order_id}/subscribers/register".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> str:
    """The parsed body of a successful (2xx) response."""
    response_204 = cast(str, response.json())
    return response_204

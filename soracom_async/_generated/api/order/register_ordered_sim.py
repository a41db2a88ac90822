"""register_ordered_sim: POST /orders/{order_id}/subscribers/register"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="registerOrderedSim",
    method="POST",
    path="/orders/{order_id}/subscribers/register",
    group="Order",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/orders/{order_id}/subscribers/register".format(
            order_id=path_segment(order_id, "order_id", "register_ordered_sim"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

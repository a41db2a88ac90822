"""delete_profile_order: DELETE /sim_profile_orders/{profile_order_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteProfileOrder",
    method="DELETE",
    path="/sim_profile_orders/{profile_order_id}",
    group="SimProfileOrder",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    profile_order_id: str,
) -> dict[str, Any]:
    """Cancel an eSIM profile order

    Cancels an unconfirmed eSIM profile order.

    Args:
        profile_order_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sim_profile_orders/{profile_order_id}".format(
            profile_order_id=path_segment(
                profile_order_id, "profile_order_id", "delete_profile_order"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

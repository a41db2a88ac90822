"""sandbox_ship_order: POST /sandbox/orders/ship"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_ship_order_request import SandboxShipOrderRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxShipOrder",
    method="POST",
    path="/sandbox/orders/ship",
    group="API Sandbox: Order",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: SandboxShipOrderRequest | dict[str, Any],
) -> dict[str, Any]:
    """Ships the specified order

    Changes the shipping status to 'shipped' and gets ready the subscribers included in the
    order.

    Args:
        body: SandboxShipOrderRequest | dict[str, Any]
    """
    required(body, "body", "sandbox_ship_order")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/orders/ship",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""terminate_lagoon: POST /lagoon/terminate"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="terminateLagoon",
    method="POST",
    path="/lagoon/terminate",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Terminate (deactivate) Soracom Lagoon

    Terminate (deactivate) Soracom Lagoon.

    **Warning**: This API must be called with the root user credentials. Lagoon cannot be
    terminated with SAM user credentials.

    """

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/terminate",
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

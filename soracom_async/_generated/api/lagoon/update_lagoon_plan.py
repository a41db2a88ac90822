"""update_lagoon_plan: PUT /lagoon/plan"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_plan_changing_request import LagoonPlanChangingRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateLagoonPlan",
    method="PUT",
    path="/lagoon/plan",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: LagoonPlanChangingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update the plan of Soracom Lagoon

    Update the plan of Soracom Lagoon.

    **Warning**: This API must be called with the root user credentials. The plan of Lagoon
    cannot be updated with SAM user credentials.

    Args:
        body: LagoonPlanChangingRequest | dict[str, Any]
    """
    required(body, "body", "update_lagoon_plan")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/plan",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

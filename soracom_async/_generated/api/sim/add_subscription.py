"""add_subscription: POST /sims/{sim_id}/profiles/{iccid}/add_subscription"""

from typing import Any

from ....contracts import OperationSpec
from ...models.add_subscription_body import AddSubscriptionBody
from ...models.sim_profile import SimProfile
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="addSubscription",
    method="POST",
    path="/sims/{sim_id}/profiles/{iccid}/add_subscription",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    iccid: str,
    body: AddSubscriptionBody | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Adds a new secondary subscription to an IoT SIM

    Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
    containers/#adding-a-subscription) or [virtual
    SIM/Subscriber](/en/docs/arc/configuration/#adding-a-virtual-sim-to-an-air-sim)) to the
    IoT SIM.

    Args:
        sim_id (str):
        iccid (str):
        body: AddSubscriptionBody | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/profiles/{iccid}/add_subscription".format(
            sim_id=path_segment(sim_id, "sim_id", "add_subscription"),
            iccid=path_segment(iccid, "iccid", "add_subscription"),
        ),
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SimProfile:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SimProfile), got an empty one")
    response_200 = _from_dict_SimProfile(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SimProfile = SimProfile.from_dict

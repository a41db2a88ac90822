"""cancel_subscription_container_download: POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscription_container_status import SubscriptionContainerStatus
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="cancelSubscriptionContainerDownload",
    method="POST",
    path="/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    iccid: str,
    imsi: str,
) -> dict[str, Any]:
    """Cancel the OTA to the subscription container for an additional subscription

    Cancel the OTA of the additional subscription before the OTA starts. Note that once the
    IoT SIM goes online and the OTA begins, it cannot be canceled.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download".format(
            sim_id=path_segment(sim_id, "sim_id", "cancel_subscription_container_download"),
            iccid=path_segment(iccid, "iccid", "cancel_subscription_container_download"),
            imsi=path_segment(imsi, "imsi", "cancel_subscription_container_download"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SubscriptionContainerStatus:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SubscriptionContainerStatus), got an empty one")
    response_200 = _from_dict_SubscriptionContainerStatus(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SubscriptionContainerStatus = SubscriptionContainerStatus.from_dict

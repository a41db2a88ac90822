"""set_subscriber_to_standby: POST /subscribers/{imsi}/set_to_standby"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="setSubscriberToStandby",
    method="POST",
    path="/subscribers/{imsi}/set_to_standby",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Set Subscriber to standby mode.

    Set the specified subscriber to standby mode.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/set_to_standby".format(
            imsi=path_segment(imsi, "imsi", "set_subscriber_to_standby"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Subscriber), got an empty one")
    response_200 = _from_dict_Subscriber(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

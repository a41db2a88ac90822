"""suspend_subscriber: POST /subscribers/{imsi}/suspend"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="suspendSubscriber",
    method="POST",
    path="/subscribers/{imsi}/suspend",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Suspend Subscriber.

    Suspends the specified subscriber.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/suspend".format(
            imsi=path_segment(imsi, "imsi", "suspend_subscriber"),
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

"""terminate_subscriber: POST /subscribers/{imsi}/terminate"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="terminateSubscriber",
    method="POST",
    path="/subscribers/{imsi}/terminate",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Terminate Subscriber.

    Terminates the specified subscriber

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/terminate".format(
            imsi=path_segment(imsi, "imsi", "terminate_subscriber"),
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

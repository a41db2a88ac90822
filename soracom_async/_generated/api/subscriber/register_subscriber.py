"""register_subscriber: POST /subscribers/{imsi}/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.register_subscribers_request import RegisterSubscribersRequest
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerSubscriber",
    method="POST",
    path="/subscribers/{imsi}/register",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: RegisterSubscribersRequest | dict[str, Any],
) -> dict[str, Any]:
    """Register Subscriber.

    Registers a subscriber.

    Args:
        imsi (str):
        body: RegisterSubscribersRequest | dict[str, Any]
    """
    required(body, "body", "register_subscriber")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/register".format(
            imsi=path_segment(imsi, "imsi", "register_subscriber"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Subscriber), got an empty one")
    response_201 = _from_dict_Subscriber(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

"""register_subscriber: POST /subscribers/{imsi}/register"""

from typing import Any
from urllib.parse import quote

from ...models.register_subscribers_request import RegisterSubscribersRequest
from ...models.subscriber import Subscriber
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/register".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_201 = Subscriber.from_dict(response.json())

    return response_201

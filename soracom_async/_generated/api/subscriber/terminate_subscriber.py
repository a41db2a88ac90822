"""terminate_subscriber: POST /subscribers/{imsi}/terminate"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...types import ResponseLike


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
        "method": "POST",
        "url": "/subscribers/{imsi}/terminate".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_200 = Subscriber.from_dict(response.json())

    return response_200

"""activate_subscriber: POST /subscribers/{imsi}/activate"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...types import ResponseLike


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Activate Subscriber.
    Activates status of specified subscriber.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/activate".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_200 = Subscriber.from_dict(response.json())

    return response_200

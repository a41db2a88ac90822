"""get_subscriber: GET /subscribers/{imsi}"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...types import ResponseLike


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Get Subscriber.
    Returns information about the specified subscriber.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/subscribers/{imsi}".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_200 = Subscriber.from_dict(response.json())

    return response_200

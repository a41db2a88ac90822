"""unset_imei_lock: POST /subscribers/{imsi}/unset_imei_lock"""

from typing import Any

from ...models.subscriber import Subscriber
from ...types import (
    ResponseLike,
    path_segment,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Unset IMEI lock configuration for Subscriber.
    Remove any existing IMEI lock configuration for the subscriber.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/unset_imei_lock".format(
            imsi=path_segment(imsi, "imsi", "unset_imei_lock"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise ValueError("expected a JSON body (Subscriber), got an empty one")
    response_200 = Subscriber.from_dict(response.json())

    return response_200

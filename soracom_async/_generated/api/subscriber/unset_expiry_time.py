"""unset_expiry_time: POST /subscribers/{imsi}/unset_expiry_time"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...types import ResponseLike


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Delete Expiry Time of Subscriber.
    Deletes expiry time of specified subscriber and changes it to indefinite.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/unset_expiry_time".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_200 = Subscriber.from_dict(response.json())

    return response_200

"""set_expiry_time: POST /subscribers/{imsi}/set_expiry_time"""

from typing import Any
from urllib.parse import quote

from ...models.expiry_time import ExpiryTime
from ...models.subscriber import Subscriber
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: ExpiryTime | dict[str, Any],
) -> dict[str, Any]:
    """Update Expiry Time of Subscriber.
    Updates expiry time of specified subscriber.

    Args:
        imsi (str):
        body: ExpiryTime | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/set_expiry_time".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_200 = Subscriber.from_dict(response.json())

    return response_200

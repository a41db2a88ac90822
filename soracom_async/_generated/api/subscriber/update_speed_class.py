"""update_speed_class: POST /subscribers/{imsi}/update_speed_class"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...models.update_speed_class_request import UpdateSpeedClassRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: UpdateSpeedClassRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Subscriber speed class.
    Changes the speed class of the specified subscriber.

    Args:
        imsi (str):
        body: UpdateSpeedClassRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/update_speed_class".format(
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

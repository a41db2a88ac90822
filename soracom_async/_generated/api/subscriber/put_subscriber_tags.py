"""put_subscriber_tags: PUT /subscribers/{imsi}/tags"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...models.tag_update_request import TagUpdateRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update Subscriber Tags.
    Inserts/updates tags for the specified subscriber.

    Args:
        imsi (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/subscribers/{imsi}/tags".format(
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

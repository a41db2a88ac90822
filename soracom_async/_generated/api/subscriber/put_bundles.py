"""put_bundles: PUT /subscribers/{imsi}/bundles"""

from typing import Any
from urllib.parse import quote

from ...models.put_bundles_body_item import PutBundlesBodyItem
from ...models.subscriber import Subscriber
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: list[PutBundlesBodyItem] | list[Any],
) -> dict[str, Any]:
    """Set Bundles to Subscriber.
    Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body: list[PutBundlesBodyItem] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/subscribers/{imsi}/bundles".format(
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

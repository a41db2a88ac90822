"""set_group: POST /subscribers/{imsi}/set_group"""

from typing import Any
from urllib.parse import quote

from ...models.set_group_request import SetGroupRequest
from ...models.subscriber import Subscriber
from ...types import ResponseLike, to_jsonable


def build(
    *,
    imsi: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds a SIM to a SIM group
    Adds a SIM to a SIM group.

    Args:
        imsi (str):
        body: SetGroupRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/set_group".format(
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

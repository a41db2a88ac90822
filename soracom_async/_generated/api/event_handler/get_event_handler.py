"""get_event_handler: GET /event_handlers/{handler_id}"""

from typing import Any
from urllib.parse import quote

from ...models.event_handler_model import EventHandlerModel
from ...types import ResponseLike


def build(
    *,
    handler_id: str,
) -> dict[str, Any]:
    """Get Event Handler
    Returns information about the specified event handler.

    Args:
        handler_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/event_handlers/{handler_id}".format(
            handler_id=quote(str(handler_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EventHandlerModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = EventHandlerModel.from_dict(response.json())

    return response_200

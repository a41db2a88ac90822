"""delete_event_handler: DELETE /event_handlers/{handler_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    handler_id: str,
) -> dict[str, Any]:
    """Delete Event Handler
    Deletes the specified event handler.

    Args:
        handler_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/event_handlers/{handler_id}".format(
            handler_id=quote(str(handler_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

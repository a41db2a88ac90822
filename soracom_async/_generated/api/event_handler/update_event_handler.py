"""update_event_handler: PUT /event_handlers/{handler_id}"""

from typing import Any
from urllib.parse import quote

from ...models.update_event_handler_request import UpdateEventHandlerRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    handler_id: str,
    body: UpdateEventHandlerRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Event Handler
    Updates the specified event handler. Please see also
    https://developers.soracom.io/en/docs/air/event-handler/.

    Args:
        handler_id (str):
        body: UpdateEventHandlerRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/event_handlers/{handler_id}".format(
            handler_id=quote(str(handler_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

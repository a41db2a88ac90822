"""update_event_handler: PUT /event_handlers/{handler_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_event_handler_request import UpdateEventHandlerRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateEventHandler",
    method="PUT",
    path="/event_handlers/{handler_id}",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "update_event_handler")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers/{handler_id}".format(
            handler_id=path_segment(handler_id, "handler_id", "update_event_handler"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

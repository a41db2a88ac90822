"""create_event_handler: POST /event_handlers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_event_handler_request import CreateEventHandlerRequest
from ...models.event_handler_model import EventHandlerModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createEventHandler",
    method="POST",
    path="/event_handlers",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateEventHandlerRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Event Handler

    Creates a new event handler. Please see also
    https://developers.soracom.io/en/docs/air/event-handler/.

    Args:
        body: CreateEventHandlerRequest | dict[str, Any]
    """
    required(body, "body", "create_event_handler")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> EventHandlerModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EventHandlerModel), got an empty one")
    response_201 = _from_dict_EventHandlerModel(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_EventHandlerModel = EventHandlerModel.from_dict

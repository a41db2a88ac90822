"""The `EventHandler` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.event_handler import create_event_handler as _create_event_handler
from ..api.event_handler import delete_event_handler as _delete_event_handler
from ..api.event_handler import delete_ignore_event_handler as _delete_ignore_event_handler
from ..api.event_handler import get_event_handler as _get_event_handler
from ..api.event_handler import list_event_handlers as _list_event_handlers
from ..api.event_handler import (
    list_event_handlers_by_subscriber as _list_event_handlers_by_subscriber,
)
from ..api.event_handler import set_ignore_event_handler as _set_ignore_event_handler
from ..api.event_handler import update_event_handler as _update_event_handler


class EventHandlerApi(TagApi):
    """Operations of the `EventHandler` group, as `client.event_handler.<operation>`."""

    group = "EventHandler"

    create_event_handler = operation(
        _create_event_handler.build,
        _create_event_handler.parse,
        "createEventHandler",
        "POST",
        "/event_handlers",
    )
    delete_event_handler = operation(
        _delete_event_handler.build,
        _delete_event_handler.parse,
        "deleteEventHandler",
        "DELETE",
        "/event_handlers/{handler_id}",
    )
    delete_ignore_event_handler = operation(
        _delete_ignore_event_handler.build,
        _delete_ignore_event_handler.parse,
        "deleteIgnoreEventHandler",
        "DELETE",
        "/event_handlers/{handler_id}/subscribers/{imsi}/ignore",
    )
    get_event_handler = operation(
        _get_event_handler.build,
        _get_event_handler.parse,
        "getEventHandler",
        "GET",
        "/event_handlers/{handler_id}",
    )
    list_event_handlers = operation(
        _list_event_handlers.build,
        _list_event_handlers.parse,
        "listEventHandlers",
        "GET",
        "/event_handlers",
    )
    list_event_handlers_by_subscriber = operation(
        _list_event_handlers_by_subscriber.build,
        _list_event_handlers_by_subscriber.parse,
        "listEventHandlersBySubscriber",
        "GET",
        "/event_handlers/subscribers/{imsi}",
    )
    set_ignore_event_handler = operation(
        _set_ignore_event_handler.build,
        _set_ignore_event_handler.parse,
        "setIgnoreEventHandler",
        "POST",
        "/event_handlers/{handler_id}/subscribers/{imsi}/ignore",
    )
    update_event_handler = operation(
        _update_event_handler.build,
        _update_event_handler.parse,
        "updateEventHandler",
        "PUT",
        "/event_handlers/{handler_id}",
    )

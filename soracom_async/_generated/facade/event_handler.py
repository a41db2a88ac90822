"""The `EventHandler` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
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
    """Operations of the `EventHandler` group, as `client.event_handler.<operation>`.

    One rate-limit group. `help(client.event_handler.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_event_handler: Create Event Handler
        delete_event_handler: Delete Event Handler
        delete_ignore_event_handler: Delete Ignore Event Handler
        get_event_handler: Get Event Handler
        list_event_handlers: List Event Handlers
        list_event_handlers_by_subscriber: List Event Handlers related to Subscriber
        set_ignore_event_handler: Ignore Event Handler
        update_event_handler: Update Event Handler
    """

    group = "EventHandler"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_event_handler = operation(
            _create_event_handler.SPEC, _create_event_handler.build, _create_event_handler.parse
        )
        delete_event_handler = operation(
            _delete_event_handler.SPEC, _delete_event_handler.build, _delete_event_handler.parse
        )
        delete_ignore_event_handler = operation(
            _delete_ignore_event_handler.SPEC,
            _delete_ignore_event_handler.build,
            _delete_ignore_event_handler.parse,
        )
        get_event_handler = operation(
            _get_event_handler.SPEC, _get_event_handler.build, _get_event_handler.parse
        )
        list_event_handlers = operation(
            _list_event_handlers.SPEC, _list_event_handlers.build, _list_event_handlers.parse
        )
        list_event_handlers_by_subscriber = operation(
            _list_event_handlers_by_subscriber.SPEC,
            _list_event_handlers_by_subscriber.build,
            _list_event_handlers_by_subscriber.parse,
        )
        set_ignore_event_handler = operation(
            _set_ignore_event_handler.SPEC,
            _set_ignore_event_handler.build,
            _set_ignore_event_handler.parse,
        )
        update_event_handler = operation(
            _update_event_handler.SPEC, _update_event_handler.build, _update_event_handler.parse
        )
    else:
        create_event_handler = lazy_operation(
            "..api.event_handler.create_event_handler", __package__, group=group
        )
        delete_event_handler = lazy_operation(
            "..api.event_handler.delete_event_handler", __package__, group=group
        )
        delete_ignore_event_handler = lazy_operation(
            "..api.event_handler.delete_ignore_event_handler", __package__, group=group
        )
        get_event_handler = lazy_operation(
            "..api.event_handler.get_event_handler", __package__, group=group
        )
        list_event_handlers = lazy_operation(
            "..api.event_handler.list_event_handlers", __package__, group=group
        )
        list_event_handlers_by_subscriber = lazy_operation(
            "..api.event_handler.list_event_handlers_by_subscriber", __package__, group=group
        )
        set_ignore_event_handler = lazy_operation(
            "..api.event_handler.set_ignore_event_handler", __package__, group=group
        )
        update_event_handler = lazy_operation(
            "..api.event_handler.update_event_handler", __package__, group=group
        )

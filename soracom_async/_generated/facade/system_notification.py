"""The `SystemNotification` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.system_notification import delete_system_notification as _delete_system_notification
    from ..api.system_notification import get_system_notification as _get_system_notification
    from ..api.system_notification import list_system_notifications as _list_system_notifications
    from ..api.system_notification import set_system_notification as _set_system_notification


class SystemNotificationApi(TagApi):
    """Operations of the `SystemNotification` group, as `client.system_notification.<operation>`.

    One rate-limit group. `help(client.system_notification.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_system_notification: Delete an email address from the email settings
        get_system_notification: Get information on email settings
        list_system_notifications: List email settings
        set_system_notification: Set an email address in the email settings
    """

    group = "SystemNotification"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_system_notification = operation(
            _delete_system_notification.SPEC,
            _delete_system_notification.build,
            _delete_system_notification.parse,
        )
        get_system_notification = operation(
            _get_system_notification.SPEC,
            _get_system_notification.build,
            _get_system_notification.parse,
        )
        list_system_notifications = operation(
            _list_system_notifications.SPEC,
            _list_system_notifications.build,
            _list_system_notifications.parse,
        )
        set_system_notification = operation(
            _set_system_notification.SPEC,
            _set_system_notification.build,
            _set_system_notification.parse,
        )
    else:
        delete_system_notification = lazy_operation(
            "..api.system_notification.delete_system_notification", __package__, group=group
        )
        get_system_notification = lazy_operation(
            "..api.system_notification.get_system_notification", __package__, group=group
        )
        list_system_notifications = lazy_operation(
            "..api.system_notification.list_system_notifications", __package__, group=group
        )
        set_system_notification = lazy_operation(
            "..api.system_notification.set_system_notification", __package__, group=group
        )

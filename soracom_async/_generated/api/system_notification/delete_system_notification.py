"""delete_system_notification: DELETE /operators/{operator_id}/system_notifications/{type_}"""

from typing import Any
from urllib.parse import quote

from ...models.delete_system_notification_type import DeleteSystemNotificationType
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    type_: DeleteSystemNotificationType,
) -> dict[str, Any]:
    """Delete an email address from the email settings
    Delete an email address from the email settings.

    Args:
        operator_id (str):
        type_ (DeleteSystemNotificationType):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/system_notifications/{type_}".format(
            operator_id=quote(str(operator_id), safe=""),
            type_=quote(str(type_), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

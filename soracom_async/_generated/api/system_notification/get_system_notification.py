"""get_system_notification: GET /operators/{operator_id}/system_notifications/{type_}"""

from typing import Any
from urllib.parse import quote

from ...models.get_system_notification_type import GetSystemNotificationType
from ...models.system_notifications_model import SystemNotificationsModel
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    type_: GetSystemNotificationType,
) -> dict[str, Any]:
    """Get information on email settings
    Return information on email settings.

    Args:
        operator_id (str):
        type_ (GetSystemNotificationType):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/system_notifications/{type_}".format(
            operator_id=quote(str(operator_id), safe=""),
            type_=quote(str(type_), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SystemNotificationsModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = SystemNotificationsModel.from_dict(response.json())

    return response_200

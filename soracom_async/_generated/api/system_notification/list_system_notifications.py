"""list_system_notifications: GET /operators/{operator_id}/system_notifications"""

from typing import Any
from urllib.parse import quote

from ...models.system_notifications_model import SystemNotificationsModel
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List email settings
    Returns a list of email settings.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/system_notifications".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SystemNotificationsModel]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = SystemNotificationsModel.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

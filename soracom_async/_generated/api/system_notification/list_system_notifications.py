"""list_system_notifications: GET /operators/{operator_id}/system_notifications"""

from typing import Any

from ....contracts import OperationSpec
from ...models.system_notifications_model import SystemNotificationsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSystemNotifications",
    method="GET",
    path="/operators/{operator_id}/system_notifications",
    group="SystemNotification",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/operators/{operator_id}/system_notifications".format(
            operator_id=path_segment(operator_id, "operator_id", "list_system_notifications"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SystemNotificationsModel]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SystemNotificationsModel]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SystemNotificationsModel]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SystemNotificationsModel(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SystemNotificationsModel = SystemNotificationsModel.from_dict

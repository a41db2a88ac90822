"""get_system_notification: GET /operators/{operator_id}/system_notifications/{type_}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_system_notification_type import GetSystemNotificationType
from ...models.system_notifications_model import SystemNotificationsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSystemNotification",
    method="GET",
    path="/operators/{operator_id}/system_notifications/{type}",
    group="SystemNotification",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    type_: GetSystemNotificationType | Literal["primary", "recovery", "billing", "support"],
) -> dict[str, Any]:
    """Get information on email settings

    Return information on email settings.

    Args:
        operator_id (str):
        type_ (GetSystemNotificationType):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/system_notifications/{type_}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_system_notification"),
            type_=path_segment(type_, "type_", "get_system_notification", "enum"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SystemNotificationsModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SystemNotificationsModel), got an empty one")
    response_200 = _from_dict_SystemNotificationsModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SystemNotificationsModel = SystemNotificationsModel.from_dict

"""set_system_notification: POST /operators/{operator_id}/system_notifications/{type_}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.set_system_notification_type import SetSystemNotificationType
from ...models.set_system_notifications_request import SetSystemNotificationsRequest
from ...models.system_notifications_model import SystemNotificationsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setSystemNotification",
    method="POST",
    path="/operators/{operator_id}/system_notifications/{type}",
    group="SystemNotification",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    type_: SetSystemNotificationType | Literal["primary", "recovery", "billing", "support"],
    body: SetSystemNotificationsRequest | dict[str, Any],
) -> dict[str, Any]:
    """Set an email address in the email settings

    Set an email address in the email settings.

    Args:
        operator_id (str):
        type_ (SetSystemNotificationType):
        body: SetSystemNotificationsRequest | dict[str, Any]
    """
    required(body, "body", "set_system_notification")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/system_notifications/{type_}".format(
            operator_id=path_segment(operator_id, "operator_id", "set_system_notification"),
            type_=path_segment(type_, "type_", "set_system_notification", "enum"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SystemNotificationsModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SystemNotificationsModel), got an empty one")
    response_200 = _from_dict_SystemNotificationsModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SystemNotificationsModel = SystemNotificationsModel.from_dict

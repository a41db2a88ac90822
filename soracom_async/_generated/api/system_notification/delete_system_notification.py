"""delete_system_notification: DELETE /operators/{operator_id}/system_notifications/{type_}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_system_notification_type import DeleteSystemNotificationType
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSystemNotification",
    method="DELETE",
    path="/operators/{operator_id}/system_notifications/{type}",
    group="SystemNotification",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    type_: DeleteSystemNotificationType | Literal["recovery", "billing", "support"],
) -> dict[str, Any]:
    """Delete an email address from the email settings

    Delete an email address from the email settings.

    Args:
        operator_id (str):
        type_ (DeleteSystemNotificationType):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/system_notifications/{type_}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_system_notification"),
            type_=path_segment(type_, "type_", "delete_system_notification", "enum"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

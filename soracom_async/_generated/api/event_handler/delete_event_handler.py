"""delete_event_handler: DELETE /event_handlers/{handler_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteEventHandler",
    method="DELETE",
    path="/event_handlers/{handler_id}",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    handler_id: str,
) -> dict[str, Any]:
    """Delete Event Handler

    Deletes the specified event handler.

    Args:
        handler_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers/{handler_id}".format(
            handler_id=path_segment(handler_id, "handler_id", "delete_event_handler"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

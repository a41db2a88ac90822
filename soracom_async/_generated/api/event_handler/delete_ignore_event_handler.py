"""delete_ignore_event_handler: DELETE /event_handlers/{handler_id}/subscribers/{imsi}/ignore"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteIgnoreEventHandler",
    method="DELETE",
    path="/event_handlers/{handler_id}/subscribers/{imsi}/ignore",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    handler_id: str,
    imsi: str,
) -> dict[str, Any]:
    """Delete Ignore Event Handler

    Deletes the setting for ignoring the specified event handler of the specified IMSI.

    Args:
        handler_id (str):
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers/{handler_id}/subscribers/{imsi}/ignore".format(
            handler_id=path_segment(handler_id, "handler_id", "delete_ignore_event_handler"),
            imsi=path_segment(imsi, "imsi", "delete_ignore_event_handler"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

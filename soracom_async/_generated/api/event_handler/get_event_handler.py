"""get_event_handler: GET /event_handlers/{handler_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.event_handler_model import EventHandlerModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getEventHandler",
    method="GET",
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
    """Get Event Handler

    Returns information about the specified event handler.

    Args:
        handler_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers/{handler_id}".format(
            handler_id=path_segment(handler_id, "handler_id", "get_event_handler"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EventHandlerModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EventHandlerModel), got an empty one")
    response_200 = _from_dict_EventHandlerModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_EventHandlerModel = EventHandlerModel.from_dict

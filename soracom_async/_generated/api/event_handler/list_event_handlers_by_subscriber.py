"""list_event_handlers_by_subscriber: GET /event_handlers/subscribers/{imsi}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.event_handler_model import EventHandlerModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listEventHandlersBySubscriber",
    method="GET",
    path="/event_handlers/subscribers/{imsi}",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """List Event Handlers related to Subscriber

    Returns a list of event handlers related to the specified IMSI.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "list_event_handlers_by_subscriber"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[EventHandlerModel]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[EventHandlerModel]), got an empty one")
    _response_200 = response.json()
    response_200: list[EventHandlerModel]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_EventHandlerModel(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_EventHandlerModel = EventHandlerModel.from_dict

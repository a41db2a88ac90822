"""list_event_handlers: GET /event_handlers"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.event_handler_model import EventHandlerModel
from ...models.list_event_handlers_target import ListEventHandlersTarget
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listEventHandlers",
    method="GET",
    path="/event_handlers",
    group="EventHandler",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    target: ListEventHandlersTarget | Literal["operator", "imsi", "sim", "group"] | Unset = UNSET,
) -> dict[str, Any]:
    """List Event Handlers

    Returns a list of event handlers.

    Args:
        target (ListEventHandlersTarget | Unset):
    """
    params: dict[str, Any] = {}

    json_target: str | None | Unset
    if target is None or target is UNSET:
        json_target = target
    else:
        json_target = str(target)

    params["target"] = json_target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/event_handlers",
        "params": params,
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

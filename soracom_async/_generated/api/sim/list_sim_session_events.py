"""list_sim_session_events: GET /sims/{sim_id}/events/sessions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.session_event import SessionEvent
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSimSessionEvents",
    method="GET",
    path="/sims/{sim_id}/events/sessions",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    sim_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Retrieves session event history (session history)

    Retrieves event history of session creation/modification/disconnection for the past 32
    days for the specified SIM. If the total number of events does not fit in one page, a URL
    for accessing the next page is returned in the `link` header of the response.

    Check the current session using the [Sim:getSim API](#!/Sim/getSim). To check the current
    session with this API, check the value of `event` in the latest session history. Refer to
    [Subscriber Status](/en/docs/air/subscriber-status/) for the meaning of a session.

    Args:
        sim_id (str):
        from_ (int | Unset):
        to (int | Unset):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/events/sessions".format(
            sim_id=path_segment(sim_id, "sim_id", "list_sim_session_events"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SessionEvent]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SessionEvent]), got an empty one")
    _response_200 = response.json()
    response_200: list[SessionEvent]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SessionEvent(v) for v in _response_200]

    return response_200


def items(page: list[SessionEvent]) -> list[SessionEvent]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    sim_id: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "sim_id": sim_id,
        "from_": from_,
        "to": to,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SessionEvent.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SessionEvent = SessionEvent.from_dict

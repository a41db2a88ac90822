"""create_arc_session: POST /sims/{sim_id}/sessions/arc"""

from typing import Any

from ....contracts import OperationSpec
from ...models.arc_session_create_response import ArcSessionCreateResponse
from ...models.create_arc_session_body import CreateArcSessionBody
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createArcSession",
    method="POST",
    path="/sims/{sim_id}/sessions/arc",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: CreateArcSessionBody | dict[str, Any],
) -> dict[str, Any]:
    """Creates a Soracom Arc session

    Creates a Soracom Arc session. If the session already exists, re-create it.

    Args:
        sim_id (str):
        body: CreateArcSessionBody | dict[str, Any]
    """
    required(body, "body", "create_arc_session")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/sessions/arc".format(
            sim_id=path_segment(sim_id, "sim_id", "create_arc_session"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ArcSessionCreateResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ArcSessionCreateResponse), got an empty one")
    response_200 = _from_dict_ArcSessionCreateResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ArcSessionCreateResponse = ArcSessionCreateResponse.from_dict

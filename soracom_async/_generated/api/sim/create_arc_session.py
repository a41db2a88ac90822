"""create_arc_session: POST /sims/{sim_id}/sessions/arc"""

from typing import Any
from urllib.parse import quote

from ...models.arc_session_create_response import ArcSessionCreateResponse
from ...models.create_arc_session_body import CreateArcSessionBody
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/sessions/arc".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ArcSessionCreateResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = ArcSessionCreateResponse.from_dict(response.json())

    return response_200

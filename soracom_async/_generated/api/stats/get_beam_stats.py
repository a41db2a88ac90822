"""get_beam_stats: GET /stats/beam/subscribers/{imsi}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.beam_stats_response import BeamStatsResponse
from ...models.get_beam_stats_period import GetBeamStatsPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getBeamStats",
    method="GET",
    path="/stats/beam/subscribers/{imsi}",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    from_: int,
    to: int,
    period: GetBeamStatsPeriod | Literal["month", "day", "minutes"],
) -> dict[str, Any]:
    """Get Beam Usage Report of Subscriber

    Retrieves the Soracom Beam usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetBeamStatsPeriod):
    """
    required(from_, "from_", "get_beam_stats")
    required(to, "to", "get_beam_stats")
    required(period, "period", "get_beam_stats")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/beam/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "get_beam_stats"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BeamStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[BeamStatsResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[BeamStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_BeamStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BeamStatsResponse = BeamStatsResponse.from_dict

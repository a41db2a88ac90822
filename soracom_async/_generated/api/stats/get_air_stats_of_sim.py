"""get_air_stats_of_sim: GET /stats/air/sims/{sim_id}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.air_stats_response import AirStatsResponse
from ...models.get_air_stats_of_sim_period import GetAirStatsOfSimPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getAirStatsOfSim",
    method="GET",
    path="/stats/air/sims/{sim_id}",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    from_: int,
    to: int,
    period: GetAirStatsOfSimPeriod | Literal["month", "day", "minutes"],
) -> dict[str, Any]:
    """Get Air Usage Report of SIM.

    Retrieves the usage report for the SIM specified by the SIM ID.

    **Warning**: The data traffic of the terminated IoT SIM cannot be confirmed.

    Args:
        sim_id (str):
        from_ (int):
        to (int):
        period (GetAirStatsOfSimPeriod):
    """
    required(from_, "from_", "get_air_stats_of_sim")
    required(to, "to", "get_air_stats_of_sim")
    required(period, "period", "get_air_stats_of_sim")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/air/sims/{sim_id}".format(
            sim_id=path_segment(sim_id, "sim_id", "get_air_stats_of_sim"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AirStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[AirStatsResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[AirStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_AirStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AirStatsResponse = AirStatsResponse.from_dict

"""get_air_stats_of_group: GET /stats/air/groups/{group_id}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.air_aggregated_stats_response import AirAggregatedStatsResponse
from ...models.get_air_stats_of_group_period import GetAirStatsOfGroupPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getAirStatsOfGroup",
    method="GET",
    path="/stats/air/groups/{group_id}",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
    from_: int,
    to: int,
    period: GetAirStatsOfGroupPeriod | Literal["month", "day"],
) -> dict[str, Any]:
    """Get Air Usage Report of a Group.

    Retrieves the usage report aggregating all SIMs that belong to the specified Group.

    Args:
        group_id (str):
        from_ (int):
        to (int):
        period (GetAirStatsOfGroupPeriod):
    """
    required(from_, "from_", "get_air_stats_of_group")
    required(to, "to", "get_air_stats_of_group")
    required(period, "period", "get_air_stats_of_group")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/air/groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id", "get_air_stats_of_group"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AirAggregatedStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[AirAggregatedStatsResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[AirAggregatedStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_AirAggregatedStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AirAggregatedStatsResponse = AirAggregatedStatsResponse.from_dict

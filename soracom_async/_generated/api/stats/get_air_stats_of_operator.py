"""get_air_stats_of_operator: GET /stats/air/operators/{operator_id}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.air_aggregated_stats_response import AirAggregatedStatsResponse
from ...models.get_air_stats_of_operator_period import GetAirStatsOfOperatorPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getAirStatsOfOperator",
    method="GET",
    path="/stats/air/operators/{operator_id}",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    from_: int,
    to: int,
    period: GetAirStatsOfOperatorPeriod | Literal["month", "day"],
) -> dict[str, Any]:
    """Get Air Usage Report of an Operator.

    Retrieves the usage report aggregating all SIMs that belong to the specified Operator.

    Args:
        operator_id (str):
        from_ (int):
        to (int):
        period (GetAirStatsOfOperatorPeriod):
    """
    required(from_, "from_", "get_air_stats_of_operator")
    required(to, "to", "get_air_stats_of_operator")
    required(period, "period", "get_air_stats_of_operator")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/air/operators/{operator_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_air_stats_of_operator"),
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

"""get_air_stats_of_operator: GET /stats/air/operators/{operator_id}"""

from typing import Any
from urllib.parse import quote

from ...models.air_aggregated_stats_response import AirAggregatedStatsResponse
from ...models.get_air_stats_of_operator_period import GetAirStatsOfOperatorPeriod
from ...types import UNSET, ResponseLike


def build(
    *,
    operator_id: str,
    from_: int,
    to: int,
    period: GetAirStatsOfOperatorPeriod,
) -> dict[str, Any]:
    """Get Air Usage Report of an Operator.
    Retrieves the usage report aggregating all SIMs that belong to the specified Operator.

    Args:
        operator_id (str):
        from_ (int):
        to (int):
        period (GetAirStatsOfOperatorPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/air/operators/{operator_id}".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AirAggregatedStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = AirAggregatedStatsResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

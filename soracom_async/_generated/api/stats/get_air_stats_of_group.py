"""get_air_stats_of_group: GET /stats/air/groups/{group_id}"""

from typing import Any
from urllib.parse import quote

from ...models.air_aggregated_stats_response import AirAggregatedStatsResponse
from ...models.get_air_stats_of_group_period import GetAirStatsOfGroupPeriod
from ...types import UNSET, ResponseLike


def build(
    *,
    group_id: str,
    from_: int,
    to: int,
    period: GetAirStatsOfGroupPeriod,
) -> dict[str, Any]:
    """Get Air Usage Report of a Group.
    Retrieves the usage report aggregating all SIMs that belong to the specified Group.

    Args:
        group_id (str):
        from_ (int):
        to (int):
        period (GetAirStatsOfGroupPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/air/groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
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

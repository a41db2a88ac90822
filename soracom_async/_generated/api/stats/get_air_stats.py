"""get_air_stats: GET /stats/air/subscribers/{imsi}"""

from typing import Any
from urllib.parse import quote

from ...models.air_stats_response import AirStatsResponse
from ...models.get_air_stats_period import GetAirStatsPeriod
from ...types import UNSET, ResponseLike


def build(
    *,
    imsi: str,
    from_: int,
    to: int,
    period: GetAirStatsPeriod,
) -> dict[str, Any]:
    """Get Air Usage Report of Subscriber.
    Retrieves the usage report for the subscriber specified by the IMSI.

    **Warning**: The data traffic of the terminated IoT SIM cannot be confirmed.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetAirStatsPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/air/subscribers/{imsi}".format(
            imsi=quote(str(imsi), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AirStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = AirStatsResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

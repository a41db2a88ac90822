"""get_harvest_stats: GET /stats/harvest/subscribers/{imsi}"""

from typing import Any
from urllib.parse import quote

from ...models.get_harvest_stats_period import GetHarvestStatsPeriod
from ...models.harvest_stats_response import HarvestStatsResponse
from ...types import UNSET, ResponseLike


def build(
    *,
    imsi: str,
    from_: int,
    to: int,
    period: GetHarvestStatsPeriod,
) -> dict[str, Any]:
    """Get Harvest Usage Report of Subscriber
    Retrieves the Soracom Harvest usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetHarvestStatsPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/harvest/subscribers/{imsi}".format(
            imsi=quote(str(imsi), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[HarvestStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = HarvestStatsResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

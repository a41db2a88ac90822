"""get_funnel_stats: GET /stats/funnel/subscribers/{imsi}"""

from typing import Any
from urllib.parse import quote

from ...models.funnel_stats_response import FunnelStatsResponse
from ...models.get_funnel_stats_period import GetFunnelStatsPeriod
from ...types import UNSET, ResponseLike


def build(
    *,
    imsi: str,
    from_: int,
    to: int,
    period: GetFunnelStatsPeriod,
) -> dict[str, Any]:
    """Get Funnel Usage Report of Subscriber
    Retrieves the Soracom Funnel usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetFunnelStatsPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/funnel/subscribers/{imsi}".format(
            imsi=quote(str(imsi), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[FunnelStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = FunnelStatsResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

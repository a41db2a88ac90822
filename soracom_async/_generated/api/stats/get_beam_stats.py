"""get_beam_stats: GET /stats/beam/subscribers/{imsi}"""

from typing import Any
from urllib.parse import quote

from ...models.beam_stats_response import BeamStatsResponse
from ...models.get_beam_stats_period import GetBeamStatsPeriod
from ...types import UNSET, ResponseLike


def build(
    *,
    imsi: str,
    from_: int,
    to: int,
    period: GetBeamStatsPeriod,
) -> dict[str, Any]:
    """Get Beam Usage Report of Subscriber
    Retrieves the Soracom Beam usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetBeamStatsPeriod):
    """
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = period.value
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stats/beam/subscribers/{imsi}".format(
            imsi=quote(str(imsi), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BeamStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = BeamStatsResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

"""get_harvest_stats: GET /stats/harvest/subscribers/{imsi}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_harvest_stats_period import GetHarvestStatsPeriod
from ...models.harvest_stats_response import HarvestStatsResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getHarvestStats",
    method="GET",
    path="/stats/harvest/subscribers/{imsi}",
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
    period: GetHarvestStatsPeriod | Literal["month", "day", "minutes"],
) -> dict[str, Any]:
    """Get Harvest Usage Report of Subscriber

    Retrieves the Soracom Harvest usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetHarvestStatsPeriod):
    """
    required(from_, "from_", "get_harvest_stats")
    required(to, "to", "get_harvest_stats")
    required(period, "period", "get_harvest_stats")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/harvest/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "get_harvest_stats"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[HarvestStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[HarvestStatsResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[HarvestStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_HarvestStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_HarvestStatsResponse = HarvestStatsResponse.from_dict

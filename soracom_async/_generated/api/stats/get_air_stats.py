"""get_air_stats: GET /stats/air/subscribers/{imsi}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.air_stats_response import AirStatsResponse
from ...models.get_air_stats_period import GetAirStatsPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getAirStats",
    method="GET",
    path="/stats/air/subscribers/{imsi}",
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
    period: GetAirStatsPeriod | Literal["month", "day", "minutes"],
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
    required(from_, "from_", "get_air_stats")
    required(to, "to", "get_air_stats")
    required(period, "period", "get_air_stats")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/air/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "get_air_stats"),
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

"""get_funnel_stats: GET /stats/funnel/subscribers/{imsi}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.funnel_stats_response import FunnelStatsResponse
from ...models.get_funnel_stats_period import GetFunnelStatsPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getFunnelStats",
    method="GET",
    path="/stats/funnel/subscribers/{imsi}",
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
    period: GetFunnelStatsPeriod | Literal["month", "day", "minutes"],
) -> dict[str, Any]:
    """Get Funnel Usage Report of Subscriber

    Retrieves the Soracom Funnel usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetFunnelStatsPeriod):
    """
    required(from_, "from_", "get_funnel_stats")
    required(to, "to", "get_funnel_stats")
    required(period, "period", "get_funnel_stats")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/funnel/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "get_funnel_stats"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[FunnelStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[FunnelStatsResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[FunnelStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_FunnelStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_FunnelStatsResponse = FunnelStatsResponse.from_dict

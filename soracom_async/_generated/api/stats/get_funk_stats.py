"""get_funk_stats: GET /stats/funk/subscribers/{imsi}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.funk_stats_response import FunkStatsResponse
from ...models.get_funk_stats_period import GetFunkStatsPeriod
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getFunkStats",
    method="GET",
    path="/stats/funk/subscribers/{imsi}",
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
    period: GetFunkStatsPeriod | Literal["month", "day", "minutes"],
) -> dict[str, Any]:
    """Get Funk Usage Report of Subscriber

    Retrieves the Soracom Funk usage report for the subscriber specified by the IMSI.

    Args:
        imsi (str):
        from_ (int):
        to (int):
        period (GetFunkStatsPeriod):
    """
    required(from_, "from_", "get_funk_stats")
    required(to, "to", "get_funk_stats")
    required(period, "period", "get_funk_stats")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_period = str(period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/funk/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "get_funk_stats"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[FunkStatsResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[FunkStatsResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[FunkStatsResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_FunkStatsResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_FunkStatsResponse = FunkStatsResponse.from_dict

"""search_subscriber_traffic_volume_ranking: GET /query/subscribers/traffic_volume/ranking"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.search_subscriber_traffic_volume_ranking_order import (
    SearchSubscriberTrafficVolumeRankingOrder,
)
from ...models.traffic_volume_ranking import TrafficVolumeRanking
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="searchSubscriberTrafficVolumeRanking",
    method="GET",
    path="/query/subscribers/traffic_volume/ranking",
    group="Query",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    from_: int,
    to: int,
    limit: int | Unset = 10,
    order: SearchSubscriberTrafficVolumeRankingOrder
    | Literal["asc", "desc"]
    | Unset = SearchSubscriberTrafficVolumeRankingOrder.DESC,
) -> dict[str, Any]:
    """Search traffic volume ranking of subscribers

    Search traffic volume ranking of subscribers.

    Args:
        from_ (int):
        to (int):
        limit (int | Unset):  Default: 10.
        order (SearchSubscriberTrafficVolumeRankingOrder | Unset):  Default:
            SearchSubscriberTrafficVolumeRankingOrder.DESC.
    """
    required(from_, "from_", "search_subscriber_traffic_volume_ranking")
    required(to, "to", "search_subscriber_traffic_volume_ranking")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    json_order: str | None | Unset
    if order is None or order is UNSET:
        json_order = order
    else:
        json_order = str(order)

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/query/subscribers/traffic_volume/ranking",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[TrafficVolumeRanking]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[TrafficVolumeRanking]), got an empty one")
    _response_200 = response.json()
    response_200: list[TrafficVolumeRanking]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_TrafficVolumeRanking(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_TrafficVolumeRanking = TrafficVolumeRanking.from_dict

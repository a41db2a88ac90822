"""search_subscriber_traffic_volume_ranking: GET /query/subscribers/traffic_volume/ranking"""

from typing import Any

from ...models.search_subscriber_traffic_volume_ranking_order import (
    SearchSubscriberTrafficVolumeRankingOrder,
)
from ...models.traffic_volume_ranking import TrafficVolumeRanking
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    from_: int,
    to: int,
    limit: int | Unset = 10,
    order: SearchSubscriberTrafficVolumeRankingOrder
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
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/query/subscribers/traffic_volume/ranking",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[TrafficVolumeRanking]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = TrafficVolumeRanking.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

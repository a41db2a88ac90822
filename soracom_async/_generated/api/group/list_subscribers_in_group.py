"""list_subscribers_in_group: GET /groups/{group_id}/subscribers"""

from typing import Any
from urllib.parse import quote

from ...models.sim import Sim
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    group_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List Subscribers in a group
    Returns a list of subscribers that belong to the specified group by group ID.

    Args:
        group_id (str):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/groups/{group_id}/subscribers".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Sim]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = Sim.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

"""list_ordered_subscribers: GET /orders/{order_id}/subscribers"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_ordered_subscriber_response import ListOrderedSubscriberResponse
from ...models.ordered_subscriber import OrderedSubscriber
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="listOrderedSubscribers",
    method="GET",
    path="/orders/{order_id}/subscribers",
    group="Order",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    order_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """List ordered subscribers

    List ordered subscribers.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        order_id (str):
        last_evaluated_key (str | Unset):
        limit (int | Unset):
    """
    params: dict[str, Any] = {}

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/orders/{order_id}/subscribers".format(
            order_id=path_segment(order_id, "order_id", "list_ordered_subscribers"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> ListOrderedSubscriberResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (ListOrderedSubscriberResponse), got an empty one"
        )
    response_200 = _from_dict_ListOrderedSubscriberResponse(response.json())

    return response_200


def items(page: ListOrderedSubscriberResponse) -> list[OrderedSubscriber]:
    """The items of one page: its `orderedSubscriberList` list (none when absent or null)."""
    return page.ordered_subscriber_list or []


def paging(
    *,
    order_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "order_id": order_id,
        "last_evaluated_key": last_evaluated_key,
        "limit": limit,
    }
    return PageRequest({k: v for k, v in given.items() if v is not UNSET}, start_key, prefetch)


# Parsers called per object, bound once (after every import).
_from_dict_ListOrderedSubscriberResponse = ListOrderedSubscriberResponse.from_dict

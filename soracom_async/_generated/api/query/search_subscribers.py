"""search_subscribers: GET /query/subscribers"""

from collections.abc import Sequence
from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.search_subscribers_search_type import SearchSubscribersSearchType
from ...models.subscriber import Subscriber
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="searchSubscribers",
    method="GET",
    path="/query/subscribers",
    group="Query",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    imsi: Sequence[str] | Unset = UNSET,
    msisdn: Sequence[str] | Unset = UNSET,
    iccid: Sequence[str] | Unset = UNSET,
    serial_number: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    subscription: Sequence[str] | Unset = UNSET,
    module_type: Sequence[str] | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSubscribersSearchType
    | Literal["and", "or"]
    | Unset = SearchSubscribersSearchType.AND,
) -> dict[str, Any]:
    """(DEPRECATED) Search subscribers by query terms

    (DEPRECATED: please consider to use `/query/sims` API instead ) Search subscribers by
    query terms. It returns partial match results. When this API permission is allowed, it
    grants the authority to search and retrieve all SIMs that includes their group
    information.

    Args:
        name (list[str] | Unset):
        group (list[str] | Unset):
        imsi (list[str] | Unset):
        msisdn (list[str] | Unset):
        iccid (list[str] | Unset):
        serial_number (list[str] | Unset):
        tag (list[str] | Unset):
        subscription (list[str] | Unset):
        module_type (list[str] | Unset):
        limit (int | Unset):  Default: 10.
        last_evaluated_key (str | Unset):
        search_type (SearchSubscribersSearchType | Unset):  Default:
            SearchSubscribersSearchType.AND.
    """
    params: dict[str, Any] = {}

    json_name: list[str] | None | Unset
    if name is None or name is UNSET:
        json_name = name
    else:
        json_name = name

    params["name"] = json_name

    json_group: list[str] | None | Unset
    if group is None or group is UNSET:
        json_group = group
    else:
        json_group = group

    params["group"] = json_group

    json_imsi: list[str] | None | Unset
    if imsi is None or imsi is UNSET:
        json_imsi = imsi
    else:
        json_imsi = imsi

    params["imsi"] = json_imsi

    json_msisdn: list[str] | None | Unset
    if msisdn is None or msisdn is UNSET:
        json_msisdn = msisdn
    else:
        json_msisdn = msisdn

    params["msisdn"] = json_msisdn

    json_iccid: list[str] | None | Unset
    if iccid is None or iccid is UNSET:
        json_iccid = iccid
    else:
        json_iccid = iccid

    params["iccid"] = json_iccid

    json_serial_number: list[str] | None | Unset
    if serial_number is None or serial_number is UNSET:
        json_serial_number = serial_number
    else:
        json_serial_number = serial_number

    params["serial_number"] = json_serial_number

    json_tag: list[str] | None | Unset
    if tag is None or tag is UNSET:
        json_tag = tag
    else:
        json_tag = tag

    params["tag"] = json_tag

    json_subscription: list[str] | None | Unset
    if subscription is None or subscription is UNSET:
        json_subscription = subscription
    else:
        json_subscription = subscription

    params["subscription"] = json_subscription

    json_module_type: list[str] | None | Unset
    if module_type is None or module_type is UNSET:
        json_module_type = module_type
    else:
        json_module_type = module_type

    params["module_type"] = json_module_type

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    json_search_type: str | None | Unset
    if search_type is None or search_type is UNSET:
        json_search_type = search_type
    else:
        json_search_type = str(search_type)

    params["search_type"] = json_search_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/query/subscribers",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Subscriber]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Subscriber]), got an empty one")
    _response_200 = response.json()
    response_200: list[Subscriber]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Subscriber(v) for v in _response_200]

    return response_200


def items(page: list[Subscriber]) -> list[Subscriber]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    imsi: Sequence[str] | Unset = UNSET,
    msisdn: Sequence[str] | Unset = UNSET,
    iccid: Sequence[str] | Unset = UNSET,
    serial_number: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    subscription: Sequence[str] | Unset = UNSET,
    module_type: Sequence[str] | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSubscribersSearchType
    | Literal["and", "or"]
    | Unset = SearchSubscribersSearchType.AND,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "name": name,
        "group": group,
        "imsi": imsi,
        "msisdn": msisdn,
        "iccid": iccid,
        "serial_number": serial_number,
        "tag": tag,
        "subscription": subscription,
        "module_type": module_type,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
        "search_type": search_type,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Subscriber.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

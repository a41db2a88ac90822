"""search_sigfox_devices: GET /query/sigfox_devices"""

from collections.abc import Sequence
from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.search_sigfox_devices_registration import SearchSigfoxDevicesRegistration
from ...models.search_sigfox_devices_search_type import SearchSigfoxDevicesSearchType
from ...models.search_sigfox_devices_status import SearchSigfoxDevicesStatus
from ...models.sigfox_device import SigfoxDevice
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="searchSigfoxDevices",
    method="GET",
    path="/query/sigfox_devices",
    group="Query",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    group_id: Sequence[str] | Unset = UNSET,
    device_id: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    status: SearchSigfoxDevicesStatus
    | Literal[
        "active",
        "inactive",
        "suspended",
        "terminated",
        "shipped",
        "ready",
        "inStock",
        "banned",
        "standby",
    ]
    | Unset = UNSET,
    registration: SearchSigfoxDevicesRegistration
    | Literal["notStarted", "pending", "success", "failed"]
    | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSigfoxDevicesSearchType
    | Literal["and", "or"]
    | Unset = SearchSigfoxDevicesSearchType.AND,
) -> dict[str, Any]:
    """Search Sigfox devices by query

    Search Sigfox devices by query terms. It returns partial match results. When this API
    permission is allowed, it grants the authority to search and retrieve all Sigfox devices
    that includes their group information.

    **Warning**: Use this API when the device ID of the target Sigfox device is unknown, or
    when you want to retrieve a list of Sigfox devices that match conditions. If you know the
    device ID, use the [SigfoxDevice:getSigfoxDevice API](#/SigfoxDevice/getSigfoxDevice).

    Args:
        name (list[str] | Unset):
        group (list[str] | Unset):
        group_id (list[str] | Unset):
        device_id (list[str] | Unset):
        tag (list[str] | Unset):
        status (SearchSigfoxDevicesStatus | Unset):
        registration (SearchSigfoxDevicesRegistration | Unset):
        limit (int | Unset):  Default: 10.
        last_evaluated_key (str | Unset):
        search_type (SearchSigfoxDevicesSearchType | Unset):  Default:
            SearchSigfoxDevicesSearchType.AND.
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

    json_group_id: list[str] | None | Unset
    if group_id is None or group_id is UNSET:
        json_group_id = group_id
    else:
        json_group_id = group_id

    params["group_id"] = json_group_id

    json_device_id: list[str] | None | Unset
    if device_id is None or device_id is UNSET:
        json_device_id = device_id
    else:
        json_device_id = device_id

    params["deviceId"] = json_device_id

    json_tag: list[str] | None | Unset
    if tag is None or tag is UNSET:
        json_tag = tag
    else:
        json_tag = tag

    params["tag"] = json_tag

    json_status: str | None | Unset
    if status is None or status is UNSET:
        json_status = status
    else:
        json_status = str(status)

    params["status"] = json_status

    json_registration: str | None | Unset
    if registration is None or registration is UNSET:
        json_registration = registration
    else:
        json_registration = str(registration)

    params["registration"] = json_registration

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
        "url": "/query/sigfox_devices",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SigfoxDevice]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[SigfoxDevice]), got an empty one")
    _response_200 = response.json()
    response_200: list[SigfoxDevice]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SigfoxDevice(v) for v in _response_200]

    return response_200


def items(page: list[SigfoxDevice]) -> list[SigfoxDevice]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    group_id: Sequence[str] | Unset = UNSET,
    device_id: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    status: SearchSigfoxDevicesStatus
    | Literal[
        "active",
        "inactive",
        "suspended",
        "terminated",
        "shipped",
        "ready",
        "inStock",
        "banned",
        "standby",
    ]
    | Unset = UNSET,
    registration: SearchSigfoxDevicesRegistration
    | Literal["notStarted", "pending", "success", "failed"]
    | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSigfoxDevicesSearchType
    | Literal["and", "or"]
    | Unset = SearchSigfoxDevicesSearchType.AND,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "name": name,
        "group": group,
        "group_id": group_id,
        "device_id": device_id,
        "tag": tag,
        "status": status,
        "registration": registration,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
        "search_type": search_type,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SigfoxDevice.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SigfoxDevice = SigfoxDevice.from_dict

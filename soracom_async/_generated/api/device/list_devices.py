"""list_devices: GET /devices"""

from typing import Any

from ....contracts import OperationSpec
from ...models.device import Device
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listDevices",
    method="GET",
    path="/devices",
    group="Device",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: str | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = -1,
) -> dict[str, Any]:
    """Returns a list of Devices

    Args:
        tag_name (str | Unset):
        tag_value (str | Unset):
        tag_value_match_mode (str | Unset):
        last_evaluated_key (str | Unset):
        limit (int | Unset):  Default: -1.
    """
    params: dict[str, Any] = {}

    params["tag_name"] = tag_name

    params["tag_value"] = tag_value

    params["tag_value_match_mode"] = tag_value_match_mode

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/devices",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Device]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Device]), got an empty one")
    _response_200 = response.json()
    response_200: list[Device]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Device(v) for v in _response_200]

    return response_200


def items(page: list[Device]) -> list[Device]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    tag_name: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    tag_value_match_mode: str | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = -1,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "tag_name": tag_name,
        "tag_value": tag_value,
        "tag_value_match_mode": tag_value_match_mode,
        "last_evaluated_key": last_evaluated_key,
        "limit": limit,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Device.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Device = Device.from_dict

"""list_sora_cam_device_image_exports: GET /sora_cam/devices/images/exports"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sora_cam_device_image_exports_sort import ListSoraCamDeviceImageExportsSort
from ...models.sora_cam_image_export_info import SoraCamImageExportInfo
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDeviceImageExports",
    method="GET",
    path="/sora_cam/devices/images/exports",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    sort: ListSoraCamDeviceImageExportsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceImageExportsSort.DESC,
) -> dict[str, Any]:
    """Get a list of the current status of the process of exporting still image from recorded
    video taken with a SoraCam compatible camera device.

    Gets the list of the current status of the process of exporting still image from recorded
    video taken with a SoraCam compatible camera device started by
    [SoraCam:exportSoraCamDeviceRecordedImage
    API](#!/SoraCam/exportSoraCamDeviceRecordedImage). This API can target all devices owned
    by the operator, or limit it to one SoraCam compatible camera device.

    **Warning**: The URL becomes unusable 10 minutes after export completion. The time until
    the URL becomes unusable can be checked with `expiryTime`. Additionally, over time, it
    will be removed from the list.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str | Unset):
        last_evaluated_key (str | Unset):
        limit (int | Unset):  Default: 10.
        sort (ListSoraCamDeviceImageExportsSort | Unset):  Default:
            ListSoraCamDeviceImageExportsSort.DESC.
    """
    params: dict[str, Any] = {}

    params["device_id"] = device_id

    params["last_evaluated_key"] = last_evaluated_key

    params["limit"] = limit

    json_sort: str | None | Unset
    if sort is None or sort is UNSET:
        json_sort = sort
    else:
        json_sort = str(sort)

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/devices/images/exports",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamImageExportInfo]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SoraCamImageExportInfo]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SoraCamImageExportInfo]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamImageExportInfo(v) for v in _response_200]

    return response_200


def items(page: list[SoraCamImageExportInfo]) -> list[SoraCamImageExportInfo]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    device_id: str | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    sort: ListSoraCamDeviceImageExportsSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceImageExportsSort.DESC,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "device_id": device_id,
        "last_evaluated_key": last_evaluated_key,
        "limit": limit,
        "sort": sort,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        SoraCamImageExportInfo.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamImageExportInfo = SoraCamImageExportInfo.from_dict

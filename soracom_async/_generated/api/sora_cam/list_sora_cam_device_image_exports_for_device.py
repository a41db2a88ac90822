"""list_sora_cam_device_image_exports_for_device: GET /sora_cam/devices/{device_id}/images/exports"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_sora_cam_device_image_exports_for_device_sort import (
    ListSoraCamDeviceImageExportsForDeviceSort,
)
from ...models.sora_cam_image_export_info import SoraCamImageExportInfo
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamDeviceImageExportsForDevice",
    method="GET",
    path="/sora_cam/devices/{device_id}/images/exports",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    sort: ListSoraCamDeviceImageExportsForDeviceSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceImageExportsForDeviceSort.DESC,
) -> dict[str, Any]:
    """Get a list of the current status of the process of exporting still image from recorded
    video taken with a SoraCam compatible camera device.

    Gets the list of the current status of the process of exporting still image from recorded
    video taken with a SoraCam compatible camera device started by
    [SoraCam:exportSoraCamDeviceRecordedImage
    API](#!/SoraCam/exportSoraCamDeviceRecordedImage). This API limits the target to one
    SoraCam compatible camera device.

    If the target is not limited to one SoraCam compatible camera device, but all SoraCam
    compatible camera devices owned by the operator, use
    [SoraCam:listSoraCamDeviceImageExports API](#!/SoraCam/listSoraCamDeviceImageExports).

    **Warning**: The URL becomes unusable 10 minutes after export completion. The time until
    the URL becomes unusable can be checked with `expiryTime`. Additionally, over time, it
    will be removed from the list.

    **Warning**: When calling this API using a SAM User's API key and API token, the SAM User
    must also have permission to call the `OAuth2:authorize` API in addition to permission to
    call this API. For more information on setting permissions, see [Access
    Levels](/en/docs/security/users-and-roles/#access-levels).

    Args:
        device_id (str):
        last_evaluated_key (str | Unset):
        limit (int | Unset):  Default: 10.
        sort (ListSoraCamDeviceImageExportsForDeviceSort | Unset):  Default:
            ListSoraCamDeviceImageExportsForDeviceSort.DESC.
    """
    params: dict[str, Any] = {}

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
        "url": "/sora_cam/devices/{device_id}/images/exports".format(
            device_id=path_segment(
                device_id, "device_id", "list_sora_cam_device_image_exports_for_device"
            ),
        ),
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
    device_id: str,
    last_evaluated_key: str | Unset = UNSET,
    limit: int | Unset = 10,
    sort: ListSoraCamDeviceImageExportsForDeviceSort
    | Literal["desc", "asc"]
    | Unset = ListSoraCamDeviceImageExportsForDeviceSort.DESC,
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

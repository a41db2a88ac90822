"""list_data_source_resources: GET /data/resources"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.data_resource_metadata import DataResourceMetadata
from ...models.list_data_source_resources_resource_type import ListDataSourceResourcesResourceType
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listDataSourceResources",
    method="GET",
    path="/data/resources",
    group="DataEntry",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    resource_type: ListDataSourceResourcesResourceType
    | Literal["Subscriber", "LoraDevice", "Sim", "SigfoxDevice", "Device", "SoraCam"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get the list of data source resources

    Returns a list of data source resources that have sent data. If the total number of data
    source resources does not fit in one page, a URL for accessing the next page is returned
    in the `link` header of the response.

    Args:
        resource_type (ListDataSourceResourcesResourceType | Unset):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    json_resource_type: str | None | Unset
    if resource_type is None or resource_type is UNSET:
        json_resource_type = resource_type
    else:
        json_resource_type = str(resource_type)

    params["resource_type"] = json_resource_type

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/data/resources",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[DataResourceMetadata]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[DataResourceMetadata]), got an empty one")
    _response_200 = response.json()
    response_200: list[DataResourceMetadata]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_DataResourceMetadata(v) for v in _response_200]

    return response_200


def items(page: list[DataResourceMetadata]) -> list[DataResourceMetadata]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    resource_type: ListDataSourceResourcesResourceType
    | Literal["Subscriber", "LoraDevice", "Sim", "SigfoxDevice", "Device", "SoraCam"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "resource_type": resource_type,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        DataResourceMetadata.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_DataResourceMetadata = DataResourceMetadata.from_dict

"""list_files: GET /files/{scope}/{path}/"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.file_entry import FileEntry
from ...models.list_files_scope import ListFilesScope
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    file_path,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listFiles",
    method="GET",
    path="/files/{scope}/{path}/",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    scope: ListFilesScope | Literal["private", "public"],
    path: str,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Returns files and directories from the directory specified by the scope and path.

    Returns files and directories from the directory specified by the scope and path. Note
    that [FileEntry:getFile API](#!/FileEntry/getFile) will be called if the path does not end
    in `/`. If the total number of entries does not fit in one page, a URL for accessing the
    next page is returned in the `link` header of the response.

    Args:
        scope (ListFilesScope):
        path (str):
        limit (int | Unset):  Default: 10.
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "list_files", "enum"),
            path=file_path(path, "path", "list_files", directory=True, root=True),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[FileEntry]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[FileEntry]), got an empty one")
    _response_200 = response.json()
    response_200: list[FileEntry]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_FileEntry(v) for v in _response_200]

    return response_200


def items(page: list[FileEntry]) -> list[FileEntry]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    scope: ListFilesScope | Literal["private", "public"],
    path: str,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "scope": scope,
        "path": path,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        FileEntry.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_FileEntry = FileEntry.from_dict

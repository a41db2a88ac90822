"""find_files: GET /files"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.file_entry import FileEntry
from ...models.find_files_scope import FindFilesScope
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    required,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="findFiles",
    method="GET",
    path="/files",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    scope: FindFilesScope | Literal["private", "public"],
    prefix: str,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Find files with prefix query parameter in the scope

    Returns a list of file entries which beginnings of their file paths are matched with the
    `prefix` query string in the ascending sorted UTF-8 bytes order of their file paths. An
    empty list is returned if the prefix does not match with any paths of file entries.

    Args:
        scope (FindFilesScope):
        prefix (str):
        limit (int | Unset):  Default: 10.
        last_evaluated_key (str | Unset):
    """
    required(scope, "scope", "find_files")
    required(prefix, "prefix", "find_files")
    params: dict[str, Any] = {}

    json_scope = str(scope)

    params["scope"] = json_scope

    params["prefix"] = prefix

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/files",
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
    scope: FindFilesScope | Literal["private", "public"],
    prefix: str,
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
        "prefix": prefix,
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

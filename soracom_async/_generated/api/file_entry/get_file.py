"""get_file: GET /files/{scope}/{path}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_file_scope import GetFileScope
from ...types import (
    ResponseLike,
    file_path,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getFile",
    method="GET",
    path="/files/{scope}/{path}",
    group="FileEntry",
    auth=True,
    redirect=True,
    paginated=False,
)


def build(
    *,
    scope: GetFileScope | Literal["private", "public"],
    path: str,
) -> dict[str, Any]:
    """Download file specified by the path and the scope

    Download file specified by the path and the scope. Note that [FileEntry:listFiles
    API](#!/FileEntry/listFiles) will be called if the path ends with `/`.

    Args:
        scope (GetFileScope):
        path (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "get_file", "enum"),
            path=file_path(path, "path", "get_file"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> bytes:
    """The parsed body of a successful (2xx) response."""
    return response.content

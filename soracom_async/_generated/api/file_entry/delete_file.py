"""delete_file: DELETE /files/{scope}/{path}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_file_scope import DeleteFileScope
from ...types import (
    ResponseLike,
    file_path,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteFile",
    method="DELETE",
    path="/files/{scope}/{path}",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    scope: DeleteFileScope | Literal["private"],
    path: str,
) -> dict[str, Any]:
    """Deletes the file specified by scope and path.

    Deletes the file specified by scope and path. Only `private` scope is allowed for the
    operation.

    Args:
        scope (DeleteFileScope):
        path (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "delete_file", "enum"),
            path=file_path(path, "path", "delete_file"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""delete_directory: DELETE /files/{scope}/{path}/"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_directory_scope import DeleteDirectoryScope
from ...types import (
    ResponseLike,
    file_path,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteDirectory",
    method="DELETE",
    path="/files/{scope}/{path}/",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    scope: DeleteDirectoryScope | Literal["private"],
    path: str,
) -> dict[str, Any]:
    """Deletes the directory specified by scope and path

    Deletes the directory specified by scope and path. Only `private` scope is allowed for the
    operation.

    Args:
        scope (DeleteDirectoryScope):
        path (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "delete_directory", "enum"),
            path=file_path(path, "path", "delete_directory", directory=True),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

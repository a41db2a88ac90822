"""delete_directory: DELETE /files/{scope}/{path}/"""

from typing import Any
from urllib.parse import quote

from ...models.delete_directory_scope import DeleteDirectoryScope
from ...types import ResponseLike


def build(
    *,
    scope: DeleteDirectoryScope,
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
        "method": "DELETE",
        "url": "/files/{scope}/{path}/".format(
            scope=quote(str(scope), safe=""),
            path=quote(str(path).lstrip("/"), safe="/"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

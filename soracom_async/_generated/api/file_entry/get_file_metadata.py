"""get_file_metadata: HEAD /files/{scope}/{path}"""

from typing import Any
from urllib.parse import quote

from ...models.get_file_metadata_scope import GetFileMetadataScope
from ...types import ResponseLike


def build(
    *,
    scope: GetFileMetadataScope,
    path: str,
) -> dict[str, Any]:
    """Gets the metadata of the file specified by the path and the scope
    Gets the metadata of the file specified by the path and the scope.

    Args:
        scope (GetFileMetadataScope):
        path (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "HEAD",
        "url": "/files/{scope}/{path}".format(
            scope=quote(str(scope), safe=""),
            path=quote(str(path).lstrip("/"), safe="/"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

"""get_file_metadata: HEAD /files/{scope}/{path}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_file_metadata_scope import GetFileMetadataScope
from ...types import (
    ResourceMetadata,
    ResponseLike,
    file_path,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getFileMetadata",
    method="HEAD",
    path="/files/{scope}/{path}",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    scope: GetFileMetadataScope | Literal["private", "public"],
    path: str,
) -> dict[str, Any]:
    """Gets the metadata of the file specified by the path and the scope

    Gets the metadata of the file specified by the path and the scope.

    Args:
        scope (GetFileMetadataScope):
        path (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "get_file_metadata", "enum"),
            path=file_path(path, "path", "get_file_metadata"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> ResourceMetadata:
    """The parsed body of a successful (2xx) response."""
    return ResourceMetadata.from_headers(response.headers)

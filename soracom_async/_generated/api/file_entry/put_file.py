"""put_file: PUT /files/{scope}/{path}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.put_file_scope import PutFileScope
from ...types import (
    UNSET,
    BinaryContent,
    ResponseLike,
    Unset,
    file_path,
    path_segment,
    required,
)

SPEC = OperationSpec(
    operation_id="putFile",
    method="PUT",
    path="/files/{scope}/{path}",
    group="FileEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    scope: PutFileScope | Literal["private"],
    path: str,
    body: BinaryContent,
    content_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """Uploads the file to the specified path in the scope.

    Uploads the file to the specified path in the scope. Only `private` scope is allowed for
    the operation.

    Args:
        scope (PutFileScope):
        path (str):
        content_type (str | Unset):
        body: BinaryContent
    """
    required(body, "body", "put_file")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/files/{scope}/{path}".format(
            scope=path_segment(scope, "scope", "put_file", "enum"),
            path=file_path(path, "path", "put_file"),
        ),
    }
    _kwargs["content"] = body
    headers["Content-Type"] = (
        content_type if isinstance(content_type, str) else "application/octet-stream"
    )

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

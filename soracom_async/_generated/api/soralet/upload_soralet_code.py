"""upload_soralet_code: POST /soralets/{soralet_id}/versions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.soralet_version import SoraletVersion
from ...types import (
    UNSET,
    BinaryContent,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    required,
)

SPEC = OperationSpec(
    operation_id="uploadSoraletCode",
    method="POST",
    path="/soralets/{soralet_id}/versions",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    soralet_id: str,
    body: BinaryContent,
    content_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """Upload code and create a new version

    Upload code and create a new version.

    Args:
        soralet_id (str):
        content_type (str | Unset):
        body: BinaryContent
    """
    required(body, "body", "upload_soralet_code")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/soralets/{soralet_id}/versions".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "upload_soralet_code"),
        ),
    }
    _kwargs["content"] = body
    headers["Content-Type"] = (
        content_type if isinstance(content_type, str) else "application/octet-stream"
    )

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SoraletVersion:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SoraletVersion), got an empty one")
    response_201 = _from_dict_SoraletVersion(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_SoraletVersion = SoraletVersion.from_dict

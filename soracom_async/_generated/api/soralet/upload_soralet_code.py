"""upload_soralet_code: POST /soralets/{soralet_id}/versions"""

from typing import Any
from urllib.parse import quote

from ...models.soralet_version import SoraletVersion
from ...types import (
    UNSET,
    BinaryContent,
    ResponseLike,
    Unset,
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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/soralets/{soralet_id}/versions".format(
            soralet_id=quote(str(soralet_id), safe=""),
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
    response_201 = SoraletVersion.from_dict(response.json())

    return response_201

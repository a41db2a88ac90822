"""delete_subscriber_tag: DELETE /subscribers/{imsi}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    imsi: str,
    tag_name: str,
) -> dict[str, Any]:
    """Delete Subscriber Tag.
    Deletes a tag from the specified subscriber.

    Args:
        imsi (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/subscribers/{imsi}/tags/{tag_name}".format(
            imsi=quote(str(imsi), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

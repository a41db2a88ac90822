"""delete_subscriber_tag: DELETE /subscribers/{imsi}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSubscriberTag",
    method="DELETE",
    path="/subscribers/{imsi}/tags/{tag_name}",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/subscribers/{imsi}/tags/{tag_name}".format(
            imsi=path_segment(imsi, "imsi", "delete_subscriber_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_subscriber_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

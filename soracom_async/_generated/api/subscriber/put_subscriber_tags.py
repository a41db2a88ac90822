"""put_subscriber_tags: PUT /subscribers/{imsi}/tags"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...models.tag_update_request import TagUpdateRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putSubscriberTags",
    method="PUT",
    path="/subscribers/{imsi}/tags",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: list[TagUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Bulk Insert or Update Subscriber Tags.

    Inserts/updates tags for the specified subscriber.

    Args:
        imsi (str):
        body: list[TagUpdateRequest] | list[Any]
    """
    required(body, "body", "put_subscriber_tags")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/tags".format(
            imsi=path_segment(imsi, "imsi", "put_subscriber_tags"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Subscriber), got an empty one")
    response_200 = _from_dict_Subscriber(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

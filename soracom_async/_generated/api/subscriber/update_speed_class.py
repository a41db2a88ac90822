"""update_speed_class: POST /subscribers/{imsi}/update_speed_class"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...models.update_speed_class_request import UpdateSpeedClassRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateSpeedClass",
    method="POST",
    path="/subscribers/{imsi}/update_speed_class",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: UpdateSpeedClassRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Subscriber speed class.

    Changes the speed class of the specified subscriber.

    Args:
        imsi (str):
        body: UpdateSpeedClassRequest | dict[str, Any]
    """
    required(body, "body", "update_speed_class")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/update_speed_class".format(
            imsi=path_segment(imsi, "imsi", "update_speed_class"),
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

"""set_group: POST /subscribers/{imsi}/set_group"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_group_request import SetGroupRequest
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setGroup",
    method="POST",
    path="/subscribers/{imsi}/set_group",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: SetGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Adds a SIM to a SIM group

    Adds a SIM to a SIM group.

    Args:
        imsi (str):
        body: SetGroupRequest | dict[str, Any]
    """
    required(body, "body", "set_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/set_group".format(
            imsi=path_segment(imsi, "imsi", "set_group"),
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

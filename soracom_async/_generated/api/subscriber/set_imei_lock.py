"""set_imei_lock: POST /subscribers/{imsi}/set_imei_lock"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_imei_lock_request import SetImeiLockRequest
from ...models.subscriber import Subscriber
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setImeiLock",
    method="POST",
    path="/subscribers/{imsi}/set_imei_lock",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: SetImeiLockRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Set IMEI lock configuration for Subscriber.

    Set IMEI that the subscriber should be locked to.

    Args:
        imsi (str):
        body: SetImeiLockRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/set_imei_lock".format(
            imsi=path_segment(imsi, "imsi", "set_imei_lock"),
        ),
    }
    if body is not UNSET and body is not None:
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

"""put_bundles: PUT /subscribers/{imsi}/bundles"""

from typing import Any

from ....contracts import OperationSpec
from ...models.put_bundles_body_item import PutBundlesBodyItem
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putBundles",
    method="PUT",
    path="/subscribers/{imsi}/bundles",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: list[PutBundlesBodyItem] | list[Any],
) -> dict[str, Any]:
    """Set Bundles to Subscriber.

    Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body: list[PutBundlesBodyItem] | list[Any]
    """
    required(body, "body", "put_bundles")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/bundles".format(
            imsi=path_segment(imsi, "imsi", "put_bundles"),
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

"""report_local_info: POST /subscribers/{imsi}/report_local_info"""

from typing import Any

from ....contracts import OperationSpec
from ...models.subscriber import Subscriber
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="reportLocalInfo",
    method="POST",
    path="/subscribers/{imsi}/report_local_info",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Triggers Subscriber to report SIM local info.

    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/{imsi}/report_local_info".format(
            imsi=path_segment(imsi, "imsi", "report_local_info"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Subscriber), got an empty one")
    response_202 = _from_dict_Subscriber(response.json())

    return response_202


# Parsers called per object, bound once (after every import).
_from_dict_Subscriber = Subscriber.from_dict

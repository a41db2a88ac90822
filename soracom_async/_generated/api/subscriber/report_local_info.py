"""report_local_info: POST /subscribers/{imsi}/report_local_info"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber import Subscriber
from ...types import ResponseLike


def build(
    *,
    imsi: str,
) -> dict[str, Any]:
    """Triggers Subscriber to report SIM local info.
    Args:
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/{imsi}/report_local_info".format(
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Subscriber:
    """The parsed body of a successful (2xx) response."""
    response_202 = Subscriber.from_dict(response.json())

    return response_202

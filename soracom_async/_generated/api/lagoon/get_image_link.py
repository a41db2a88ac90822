"""get_image_link: GET /lagoon/image/link"""

from typing import Any, cast

from ....contracts import OperationSpec
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="getImageLink",
    method="GET",
    path="/lagoon/image/link",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Get a custom icon image link of Soracom Lagoon Console

    Get a custom icon image link of Soracom Lagoon Console.

    """

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/image/link",
    }
    return _kwargs


def parse(response: ResponseLike) -> str:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (str), got an empty one")
    response_200 = cast(str, response.json())
    return response_200

"""get_image_link: GET /lagoon/image/link"""

from typing import Any, cast

from ...types import (
    ResponseLike,
)


def build() -> dict[str, Any]:
    """Get a custom icon image link of Soracom Lagoon Console
    Get a custom icon image link of Soracom Lagoon Console.

    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lagoon/image/link",
    }
    return _kwargs


def parse(response: ResponseLike) -> str:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise ValueError("expected a JSON body (str), got an empty one")
    response_200 = cast(str, response.json())
    return response_200

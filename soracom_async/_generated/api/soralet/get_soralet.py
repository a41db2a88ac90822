"""get_soralet: GET /soralets/{soralet_id}"""

from typing import Any
from urllib.parse import quote

from ...models.soralet import Soralet
from ...types import ResponseLike


def build(
    *,
    soralet_id: str,
) -> dict[str, Any]:
    """Get a Soralet
    Returns a Soralet.

    Args:
        soralet_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/soralets/{soralet_id}".format(
            soralet_id=quote(str(soralet_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Soralet:
    """The parsed body of a successful (2xx) response."""
    response_200 = Soralet.from_dict(response.json())

    return response_200

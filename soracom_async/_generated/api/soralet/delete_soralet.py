"""delete_soralet: DELETE /soralets/{soralet_id}"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
)


def build(
    *,
    soralet_id: str,
) -> dict[str, Any]:
    """Delete Soralet
    Delete the specified Soralet.

    Args:
        soralet_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/soralets/{soralet_id}".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "delete_soralet"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

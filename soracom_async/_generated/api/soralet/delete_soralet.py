"""delete_soralet: DELETE /soralets/{soralet_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSoralet",
    method="DELETE",
    path="/soralets/{soralet_id}",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
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
        "url": "/soralets/{soralet_id}".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "delete_soralet"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

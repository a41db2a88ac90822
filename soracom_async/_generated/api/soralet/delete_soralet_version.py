"""delete_soralet_version: DELETE /soralets/{soralet_id}/versions/{version}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSoraletVersion",
    method="DELETE",
    path="/soralets/{soralet_id}/versions/{version}",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    soralet_id: str,
    version: int,
) -> dict[str, Any]:
    """Delete a Soralet version

    Delete the specified Soralet version.

    Args:
        soralet_id (str):
        version (int):
    """

    _kwargs: dict[str, Any] = {
        "url": "/soralets/{soralet_id}/versions/{version}".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "delete_soralet_version"),
            version=path_segment(version, "version", "delete_soralet_version", "int"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

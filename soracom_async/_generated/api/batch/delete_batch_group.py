"""delete_batch_group: DELETE /batch_groups/{batch_group_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteBatchGroup",
    method="DELETE",
    path="/batch_groups/{batch_group_id}",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    batch_group_id: str,
) -> dict[str, Any]:
    """Delete batch group.

    Delete the specified batch group. Batch groups can only be deleted if there are no running
    batch jobs in the group.

    Args:
        batch_group_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "delete_batch_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

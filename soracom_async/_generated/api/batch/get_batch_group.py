"""get_batch_group: GET /batch_groups/{batch_group_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_group_response import BatchGroupResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getBatchGroup",
    method="GET",
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
    """Get batch group.

    Returns details of the specified batch group.

    Args:
        batch_group_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "get_batch_group"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> BatchGroupResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (BatchGroupResponse), got an empty one")
    response_200 = _from_dict_BatchGroupResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BatchGroupResponse = BatchGroupResponse.from_dict

"""update_batch_group: PUT /batch_groups/{batch_group_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_group_response import BatchGroupResponse
from ...models.update_batch_group_request import UpdateBatchGroupRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateBatchGroup",
    method="PUT",
    path="/batch_groups/{batch_group_id}",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    batch_group_id: str,
    body: UpdateBatchGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update batch group.

    Updates the name or description of the specified batch group.

    Args:
        batch_group_id (str):
        body: UpdateBatchGroupRequest | dict[str, Any]
    """
    required(body, "body", "update_batch_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "update_batch_group"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> BatchGroupResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (BatchGroupResponse), got an empty one")
    response_200 = _from_dict_BatchGroupResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BatchGroupResponse = BatchGroupResponse.from_dict

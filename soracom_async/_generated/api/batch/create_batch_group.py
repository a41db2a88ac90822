"""create_batch_group: POST /batch_groups"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_group_response import BatchGroupResponse
from ...models.create_batch_group_request import CreateBatchGroupRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createBatchGroup",
    method="POST",
    path="/batch_groups",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateBatchGroupRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create batch group.

    Create a new batch group for organizing and managing batch jobs. To create a batch job,
    use the [Batch:createBatchJob](#/Batch/createBatchJob) instead.

    Args:
        body: CreateBatchGroupRequest | dict[str, Any]
    """
    required(body, "body", "create_batch_group")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups",
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

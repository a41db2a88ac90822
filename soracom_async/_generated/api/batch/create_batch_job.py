"""create_batch_job: POST /batch_groups/{batch_group_id}/jobs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_job_response import BatchJobResponse
from ...models.create_batch_job_request import CreateBatchJobRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createBatchJob",
    method="POST",
    path="/batch_groups/{batch_group_id}/jobs",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    batch_group_id: str,
    body: CreateBatchJobRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create and run batch job.

    Create a new batch job and run it. A batch job consists of multiple tasks, each
    representing an API operation to be performed. Tasks are executed using the permissions of
    the user that created the batch job API. Batch job information is retained for 32 days.

    **System Limits:**

    - Each batch job is limited to a single API action. Mixing different APIs in the same job
    is not supported.
    - Each batch job is limited to a maximum of 10,000 tasks.
    - Only one batch job per API action can be created and processed at a time.
    - Batch jobs may be delayed or restricted if system load is high. If this occurs, please
    wait and try again later.

    Args:
        batch_group_id (str):
        body: CreateBatchJobRequest | dict[str, Any]
    """
    required(body, "body", "create_batch_job")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}/jobs".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "create_batch_job"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> BatchJobResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (BatchJobResponse), got an empty one")
    response_200 = _from_dict_BatchJobResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BatchJobResponse = BatchJobResponse.from_dict

"""create_batch_job: POST /batch_groups/{batch_group_id}/jobs"""

from typing import Any
from urllib.parse import quote

from ...models.batch_job_response import BatchJobResponse
from ...models.create_batch_job_request import CreateBatchJobRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/batch_groups/{batch_group_id}/jobs".format(
            batch_group_id=quote(str(batch_group_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> BatchJobResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = BatchJobResponse.from_dict(response.json())

    return response_200

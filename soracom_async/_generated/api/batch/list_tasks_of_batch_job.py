"""list_tasks_of_batch_job: GET /batch_groups/{batch_group_id}/jobs/{job_id}/tasks"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.batch_task_response import BatchTaskResponse
from ...models.list_tasks_of_batch_job_status import ListTasksOfBatchJobStatus
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listTasksOfBatchJob",
    method="GET",
    path="/batch_groups/{batch_group_id}/jobs/{job_id}/tasks",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    batch_group_id: str,
    job_id: str,
    limit: int | Unset = UNSET,
    status: ListTasksOfBatchJobStatus | Literal["pending", "success", "error"] | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List tasks.

    Returns a list of tasks in the specified batch job. Each task represents an individual API
    operation executed as part of the batch job.

    Args:
        batch_group_id (str):
        job_id (str):
        limit (int | Unset):
        status (ListTasksOfBatchJobStatus | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    json_status: str | None | Unset
    if status is None or status is UNSET:
        json_status = status
    else:
        json_status = str(status)

    params["status"] = json_status

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}/jobs/{job_id}/tasks".format(
            batch_group_id=path_segment(
                batch_group_id, "batch_group_id", "list_tasks_of_batch_job"
            ),
            job_id=path_segment(job_id, "job_id", "list_tasks_of_batch_job"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BatchTaskResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[BatchTaskResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[BatchTaskResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_BatchTaskResponse(v) for v in _response_200]

    return response_200


def items(page: list[BatchTaskResponse]) -> list[BatchTaskResponse]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    batch_group_id: str,
    job_id: str,
    limit: int | Unset = UNSET,
    status: ListTasksOfBatchJobStatus | Literal["pending", "success", "error"] | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "batch_group_id": batch_group_id,
        "job_id": job_id,
        "limit": limit,
        "status": status,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        BatchTaskResponse.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_BatchTaskResponse = BatchTaskResponse.from_dict

"""list_batch_jobs: GET /batch_groups/{batch_group_id}/jobs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_job_response import BatchJobResponse
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
    operation_id="listBatchJobs",
    method="GET",
    path="/batch_groups/{batch_group_id}/jobs",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    batch_group_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """List batch jobs.

    Returns a list of batch jobs in the specified batch group.

    Args:
        batch_group_id (str):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}/jobs".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "list_batch_jobs"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BatchJobResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[BatchJobResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[BatchJobResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_BatchJobResponse(v) for v in _response_200]

    return response_200


def items(page: list[BatchJobResponse]) -> list[BatchJobResponse]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    batch_group_id: str,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "batch_group_id": batch_group_id,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        BatchJobResponse.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_BatchJobResponse = BatchJobResponse.from_dict

"""get_batch_job: GET /batch_groups/{batch_group_id}/jobs/{job_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.batch_job_response import BatchJobResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getBatchJob",
    method="GET",
    path="/batch_groups/{batch_group_id}/jobs/{job_id}",
    group="Batch",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    batch_group_id: str,
    job_id: str,
) -> dict[str, Any]:
    """Get batch job.

    Returns information about the specified batch job.

    Args:
        batch_group_id (str):
        job_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/batch_groups/{batch_group_id}/jobs/{job_id}".format(
            batch_group_id=path_segment(batch_group_id, "batch_group_id", "get_batch_job"),
            job_id=path_segment(job_id, "job_id", "get_batch_job"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> BatchJobResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (BatchJobResponse), got an empty one")
    response_200 = _from_dict_BatchJobResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BatchJobResponse = BatchJobResponse.from_dict

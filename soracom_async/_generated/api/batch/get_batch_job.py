"""get_batch_job: GET /batch_groups/{batch_group_id}/jobs/{job_id}"""

from typing import Any
from urllib.parse import quote

from ...models.batch_job_response import BatchJobResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/batch_groups/{batch_group_id}/jobs/{job_id}".format(
            batch_group_id=quote(str(batch_group_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> BatchJobResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = BatchJobResponse.from_dict(response.json())

    return response_200

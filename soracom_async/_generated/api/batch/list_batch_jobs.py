"""list_batch_jobs: GET /batch_groups/{batch_group_id}/jobs"""

from typing import Any
from urllib.parse import quote

from ...models.batch_job_response import BatchJobResponse
from ...types import UNSET, ResponseLike, Unset


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
        "method": "GET",
        "url": "/batch_groups/{batch_group_id}/jobs".format(
            batch_group_id=quote(str(batch_group_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BatchJobResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = BatchJobResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

"""get_batch_group: GET /batch_groups/{batch_group_id}"""

from typing import Any
from urllib.parse import quote

from ...models.batch_group_response import BatchGroupResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/batch_groups/{batch_group_id}".format(
            batch_group_id=quote(str(batch_group_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> BatchGroupResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = BatchGroupResponse.from_dict(response.json())

    return response_200

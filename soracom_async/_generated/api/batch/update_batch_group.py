"""update_batch_group: PUT /batch_groups/{batch_group_id}"""

from typing import Any
from urllib.parse import quote

from ...models.batch_group_response import BatchGroupResponse
from ...models.update_batch_group_request import UpdateBatchGroupRequest
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/batch_groups/{batch_group_id}".format(
            batch_group_id=quote(str(batch_group_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> BatchGroupResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = BatchGroupResponse.from_dict(response.json())

    return response_200

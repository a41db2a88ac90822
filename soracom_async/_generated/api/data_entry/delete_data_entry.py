"""delete_data_entry: DELETE /data/{resource_type}/{resource_id}/{time}"""

from typing import Any
from urllib.parse import quote

from ...models.delete_data_entry_resource_type import DeleteDataEntryResourceType
from ...types import ResponseLike


def build(
    *,
    resource_type: DeleteDataEntryResourceType,
    resource_id: str,
    time: int,
) -> dict[str, Any]:
    """Deletes a data entry
    Deletes a data entry identified with resource ID and timestamp

    Args:
        resource_type (DeleteDataEntryResourceType):
        resource_id (str):
        time (int):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/data/{resource_type}/{resource_id}/{time}".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
            time=quote(str(time), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

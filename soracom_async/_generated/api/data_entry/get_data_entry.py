"""get_data_entry: GET /data/{resource_type}/{resource_id}/{time}"""

from typing import Any
from urllib.parse import quote

from ...models.data_entry import DataEntry
from ...models.get_data_entry_resource_type import GetDataEntryResourceType
from ...types import ResponseLike


def build(
    *,
    resource_type: GetDataEntryResourceType,
    resource_id: str,
    time: int,
) -> dict[str, Any]:
    """Gets a data entry
    Gets a data entry identified with resource ID and timestamp

    Args:
        resource_type (GetDataEntryResourceType):
        resource_id (str):
        time (int):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/data/{resource_type}/{resource_id}/{time}".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
            time=quote(str(time), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DataEntry:
    """The parsed body of a successful (2xx) response."""
    response_200 = DataEntry.from_dict(response.json())

    return response_200

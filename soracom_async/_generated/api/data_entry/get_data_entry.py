"""get_data_entry: GET /data/{resource_type}/{resource_id}/{time}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.data_entry import DataEntry
from ...models.get_data_entry_resource_type import GetDataEntryResourceType
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getDataEntry",
    method="GET",
    path="/data/{resource_type}/{resource_id}/{time}",
    group="DataEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    resource_type: GetDataEntryResourceType
    | Literal["Subscriber", "LoraDevice", "Sim", "SigfoxDevice", "Device", "SoraCam"],
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
        "url": "/data/{resource_type}/{resource_id}/{time}".format(
            resource_type=path_segment(resource_type, "resource_type", "get_data_entry", "enum"),
            resource_id=path_segment(resource_id, "resource_id", "get_data_entry"),
            time=path_segment(time, "time", "get_data_entry", "int"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DataEntry:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DataEntry), got an empty one")
    response_200 = _from_dict_DataEntry(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DataEntry = DataEntry.from_dict

"""delete_data_entry: DELETE /data/{resource_type}/{resource_id}/{time}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_data_entry_resource_type import DeleteDataEntryResourceType
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteDataEntry",
    method="DELETE",
    path="/data/{resource_type}/{resource_id}/{time}",
    group="DataEntry",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    resource_type: DeleteDataEntryResourceType
    | Literal["Subscriber", "LoraDevice", "Sim", "SigfoxDevice", "Device", "SoraCam"],
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
        "url": "/data/{resource_type}/{resource_id}/{time}".format(
            resource_type=path_segment(resource_type, "resource_type", "delete_data_entry", "enum"),
            resource_id=path_segment(resource_id, "resource_id", "delete_data_entry"),
            time=path_segment(time, "time", "delete_data_entry", "int"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None

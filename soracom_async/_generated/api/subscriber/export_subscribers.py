"""export_subscribers: POST /subscribers/export"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.export_subscribers_export_mode import ExportSubscribersExportMode
from ...models.file_export_response import FileExportResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
)

SPEC = OperationSpec(
    operation_id="exportSubscribers",
    method="POST",
    path="/subscribers/export",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    export_mode: ExportSubscribersExportMode
    | Literal["async", "sync"]
    | Unset = ExportSubscribersExportMode.SYNC,
) -> dict[str, Any]:
    """Export all subscribers.

    Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | Unset):  Default:
            ExportSubscribersExportMode.SYNC.
    """
    params: dict[str, Any] = {}

    json_export_mode: str | None | Unset
    if export_mode is None or export_mode is UNSET:
        json_export_mode = export_mode
    else:
        json_export_mode = str(export_mode)

    params["export_mode"] = json_export_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/export",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> FileExportResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (FileExportResponse), got an empty one")
    response_200 = _from_dict_FileExportResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_FileExportResponse = FileExportResponse.from_dict

"""export_subscribers: POST /subscribers/export"""

from typing import Any

from ...models.export_subscribers_export_mode import ExportSubscribersExportMode
from ...models.file_export_response import FileExportResponse
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    export_mode: ExportSubscribersExportMode | Unset = ExportSubscribersExportMode.SYNC,
) -> dict[str, Any]:
    """Export all subscribers.
    Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | Unset):  Default:
            ExportSubscribersExportMode.SYNC.
    """
    params: dict[str, Any] = {}

    json_export_mode: str | Unset = UNSET
    if not isinstance(export_mode, Unset):
        json_export_mode = export_mode.value

    params["export_mode"] = json_export_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subscribers/export",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> FileExportResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = FileExportResponse.from_dict(response.json())

    return response_200

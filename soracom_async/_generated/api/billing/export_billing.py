"""export_billing: POST /bills/{yyyy_mm}/export"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.export_billing_export_mode import ExportBillingExportMode
from ...models.file_export_response import FileExportResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="exportBilling",
    method="POST",
    path="/bills/{yyyyMM}/export",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    yyyy_mm: str,
    export_mode: ExportBillingExportMode | Literal["async", "sync"] | Unset = UNSET,
) -> dict[str, Any]:
    """Export historical Detailed billing CSV to dedicated storage

    Export historical [Detailed billing CSV](/en/docs/account/billing/#detailed-billing-csv)
    to dedicated storage and issue URL to download.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        yyyy_mm (str):
        export_mode (ExportBillingExportMode | Unset):
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
        "url": "/bills/{yyyy_mm}/export".format(
            yyyy_mm=path_segment(yyyy_mm, "yyyy_mm", "export_billing"),
        ),
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

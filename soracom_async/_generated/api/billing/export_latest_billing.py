"""export_latest_billing: POST /bills/latest/export"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.export_latest_billing_export_mode import ExportLatestBillingExportMode
from ...models.file_export_response import FileExportResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
)

SPEC = OperationSpec(
    operation_id="exportLatestBilling",
    method="POST",
    path="/bills/latest/export",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    export_mode: ExportLatestBillingExportMode | Literal["async", "sync"] | Unset = UNSET,
) -> dict[str, Any]:
    """Export latest billing CSV file to S3

    Export [Detailed Billing CSV](/en/docs/account/billing/#detailed-billing-csv) for current
    month (the month in which the usage fee has not yet been finalized) to dedicated storage
    and issue a URL to download it. The fees will be finalized by the second business day of
    the following month. The Detailed billing CSV exported using this API will output
    preliminary values.

    Args:
        export_mode (ExportLatestBillingExportMode | Unset):
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
        "url": "/bills/latest/export",
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

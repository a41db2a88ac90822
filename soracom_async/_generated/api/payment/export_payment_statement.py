"""export_payment_statement: POST /payment_statements/{payment_statement_id}/export"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.export_payment_statement_export_mode import ExportPaymentStatementExportMode
from ...models.file_export_response import FileExportResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="exportPaymentStatement",
    method="POST",
    path="/payment_statements/{payment_statement_id}/export",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    payment_statement_id: str,
    export_mode: ExportPaymentStatementExportMode | Literal["async", "sync"] | Unset = UNSET,
) -> dict[str, Any]:
    """Export payment statement

    Export payment statement.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        payment_statement_id (str):
        export_mode (ExportPaymentStatementExportMode | Unset):
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
        "url": "/payment_statements/{payment_statement_id}/export".format(
            payment_statement_id=path_segment(
                payment_statement_id, "payment_statement_id", "export_payment_statement"
            ),
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

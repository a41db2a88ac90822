"""get_napter_audit_logs_exported_data_stats: GET /stats/napter/audit_logs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.napter_audit_logs_exported_data_stats_response import (
    NapterAuditLogsExportedDataStatsResponse,
)
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
)

SPEC = OperationSpec(
    operation_id="getNapterAuditLogsExportedDataStats",
    method="GET",
    path="/stats/napter/audit_logs",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    year_month: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get Napter audit logs' monthly exported data stats.

    Args:
        year_month (str | Unset):
    """
    params: dict[str, Any] = {}

    params["year_month"] = year_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/napter/audit_logs",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> NapterAuditLogsExportedDataStatsResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (NapterAuditLogsExportedDataStatsResponse), got an empty one"
        )
    response_200 = _from_dict_NapterAuditLogsExportedDataStatsResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_NapterAuditLogsExportedDataStatsResponse = (
    NapterAuditLogsExportedDataStatsResponse.from_dict
)

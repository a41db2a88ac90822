"""export_harvest_stats: POST /stats/harvest/operators/{operator_id}/export"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.export_harvest_stats_export_mode import ExportHarvestStatsExportMode
from ...models.export_request import ExportRequest
from ...models.file_export_response import FileExportResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="exportHarvestStats",
    method="POST",
    path="/stats/harvest/operators/{operator_id}/export",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: ExportRequest | dict[str, Any],
    export_mode: ExportHarvestStatsExportMode | Literal["async", "sync"] | Unset = UNSET,
) -> dict[str, Any]:
    """Export Harvest Data Write Counts Report of all IoT SIMs

    Download the Harvest Data Write Count Results Data CSV file that contains the usage report
    of all the IoT SIMs for the specified operator.

    **Info**: You can also check the Harvest Data write counts of the terminated IoT SIM.

    Args:
        operator_id (str):
        export_mode (ExportHarvestStatsExportMode | Unset):
        body: ExportRequest | dict[str, Any]
    """
    required(body, "body", "export_harvest_stats")
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}

    json_export_mode: str | None | Unset
    if export_mode is None or export_mode is UNSET:
        json_export_mode = export_mode
    else:
        json_export_mode = str(export_mode)

    params["export_mode"] = json_export_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/harvest/operators/{operator_id}/export".format(
            operator_id=path_segment(operator_id, "operator_id", "export_harvest_stats"),
        ),
        "params": params,
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> FileExportResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (FileExportResponse), got an empty one")
    response_200 = _from_dict_FileExportResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_FileExportResponse = FileExportResponse.from_dict

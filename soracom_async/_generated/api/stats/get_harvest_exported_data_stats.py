"""get_harvest_exported_data_stats: GET /stats/harvest/operators/{operator_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.harvest_exported_data_stats_response import HarvestExportedDataStatsResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getHarvestExportedDataStats",
    method="GET",
    path="/stats/harvest/operators/{operator_id}",
    group="Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    year_month: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get 'Harvest usage report' for the specified operator.

    Retrieves the Soracom Harvest usage report for the operator.

    Args:
        operator_id (str):
        year_month (str | Unset):
    """
    params: dict[str, Any] = {}

    params["year_month"] = year_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/stats/harvest/operators/{operator_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_harvest_exported_data_stats"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> HarvestExportedDataStatsResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (HarvestExportedDataStatsResponse), got an empty one"
        )
    response_200 = _from_dict_HarvestExportedDataStatsResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_HarvestExportedDataStatsResponse = HarvestExportedDataStatsResponse.from_dict

"""The `Stats` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.stats import export_air_stats as _export_air_stats
from ..api.stats import export_beam_stats as _export_beam_stats
from ..api.stats import export_funk_stats as _export_funk_stats
from ..api.stats import export_funnel_stats as _export_funnel_stats
from ..api.stats import export_harvest_stats as _export_harvest_stats
from ..api.stats import get_air_stats as _get_air_stats
from ..api.stats import get_air_stats_of_group as _get_air_stats_of_group
from ..api.stats import get_air_stats_of_operator as _get_air_stats_of_operator
from ..api.stats import get_air_stats_of_sim as _get_air_stats_of_sim
from ..api.stats import get_beam_stats as _get_beam_stats
from ..api.stats import get_funk_stats as _get_funk_stats
from ..api.stats import get_funnel_stats as _get_funnel_stats
from ..api.stats import get_harvest_exported_data_stats as _get_harvest_exported_data_stats
from ..api.stats import get_harvest_stats as _get_harvest_stats
from ..api.stats import (
    get_napter_audit_logs_exported_data_stats as _get_napter_audit_logs_exported_data_stats,
)


class StatsApi(TagApi):
    """Operations of the `Stats` group, as `client.stats.<operation>`."""

    group = "Stats"

    export_air_stats = operation(
        _export_air_stats.build,
        _export_air_stats.parse,
        "exportAirStats",
        "POST",
        "/stats/air/operators/{operator_id}/export",
    )
    export_beam_stats = operation(
        _export_beam_stats.build,
        _export_beam_stats.parse,
        "exportBeamStats",
        "POST",
        "/stats/beam/operators/{operator_id}/export",
    )
    export_funk_stats = operation(
        _export_funk_stats.build,
        _export_funk_stats.parse,
        "exportFunkStats",
        "POST",
        "/stats/funk/operators/{operator_id}/export",
    )
    export_funnel_stats = operation(
        _export_funnel_stats.build,
        _export_funnel_stats.parse,
        "exportFunnelStats",
        "POST",
        "/stats/funnel/operators/{operator_id}/export",
    )
    export_harvest_stats = operation(
        _export_harvest_stats.build,
        _export_harvest_stats.parse,
        "exportHarvestStats",
        "POST",
        "/stats/harvest/operators/{operator_id}/export",
    )
    get_air_stats = operation(
        _get_air_stats.build,
        _get_air_stats.parse,
        "getAirStats",
        "GET",
        "/stats/air/subscribers/{imsi}",
    )
    get_air_stats_of_group = operation(
        _get_air_stats_of_group.build,
        _get_air_stats_of_group.parse,
        "getAirStatsOfGroup",
        "GET",
        "/stats/air/groups/{group_id}",
    )
    get_air_stats_of_operator = operation(
        _get_air_stats_of_operator.build,
        _get_air_stats_of_operator.parse,
        "getAirStatsOfOperator",
        "GET",
        "/stats/air/operators/{operator_id}",
    )
    get_air_stats_of_sim = operation(
        _get_air_stats_of_sim.build,
        _get_air_stats_of_sim.parse,
        "getAirStatsOfSim",
        "GET",
        "/stats/air/sims/{sim_id}",
    )
    get_beam_stats = operation(
        _get_beam_stats.build,
        _get_beam_stats.parse,
        "getBeamStats",
        "GET",
        "/stats/beam/subscribers/{imsi}",
    )
    get_funk_stats = operation(
        _get_funk_stats.build,
        _get_funk_stats.parse,
        "getFunkStats",
        "GET",
        "/stats/funk/subscribers/{imsi}",
    )
    get_funnel_stats = operation(
        _get_funnel_stats.build,
        _get_funnel_stats.parse,
        "getFunnelStats",
        "GET",
        "/stats/funnel/subscribers/{imsi}",
    )
    get_harvest_exported_data_stats = operation(
        _get_harvest_exported_data_stats.build,
        _get_harvest_exported_data_stats.parse,
        "getHarvestExportedDataStats",
        "GET",
        "/stats/harvest/operators/{operator_id}",
    )
    get_harvest_stats = operation(
        _get_harvest_stats.build,
        _get_harvest_stats.parse,
        "getHarvestStats",
        "GET",
        "/stats/harvest/subscribers/{imsi}",
    )
    get_napter_audit_logs_exported_data_stats = operation(
        _get_napter_audit_logs_exported_data_stats.build,
        _get_napter_audit_logs_exported_data_stats.parse,
        "getNapterAuditLogsExportedDataStats",
        "GET",
        "/stats/napter/audit_logs",
    )

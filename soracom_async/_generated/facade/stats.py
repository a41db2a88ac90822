"""The `Stats` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
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
    """Operations of the `Stats` group, as `client.stats.<operation>`.

    One rate-limit group. `help(client.stats.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        export_air_stats: Export Air Usage Report of All Subscribers
        export_beam_stats: Export Beam Usage Report of All Subscribers
        export_funk_stats: Export Funk Usage Report of All Subscribers
        export_funnel_stats: Export Funnel Usage Report of All Subscribers
        export_harvest_stats: Export Harvest Data Write Counts Report of all IoT SIMs
        get_air_stats: Get Air Usage Report of Subscriber.
        get_air_stats_of_group: Get Air Usage Report of a Group.
        get_air_stats_of_operator: Get Air Usage Report of an Operator.
        get_air_stats_of_sim: Get Air Usage Report of SIM.
        get_beam_stats: Get Beam Usage Report of Subscriber
        get_funk_stats: Get Funk Usage Report of Subscriber
        get_funnel_stats: Get Funnel Usage Report of Subscriber
        get_harvest_exported_data_stats: Get 'Harvest usage report' for the specified operator.
        get_harvest_stats: Get Harvest Usage Report of Subscriber
        get_napter_audit_logs_exported_data_stats: Get Napter audit logs' monthly exported data
            stats.
    """

    group = "Stats"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        export_air_stats = operation(
            _export_air_stats.SPEC, _export_air_stats.build, _export_air_stats.parse
        )
        export_beam_stats = operation(
            _export_beam_stats.SPEC, _export_beam_stats.build, _export_beam_stats.parse
        )
        export_funk_stats = operation(
            _export_funk_stats.SPEC, _export_funk_stats.build, _export_funk_stats.parse
        )
        export_funnel_stats = operation(
            _export_funnel_stats.SPEC, _export_funnel_stats.build, _export_funnel_stats.parse
        )
        export_harvest_stats = operation(
            _export_harvest_stats.SPEC, _export_harvest_stats.build, _export_harvest_stats.parse
        )
        get_air_stats = operation(_get_air_stats.SPEC, _get_air_stats.build, _get_air_stats.parse)
        get_air_stats_of_group = operation(
            _get_air_stats_of_group.SPEC,
            _get_air_stats_of_group.build,
            _get_air_stats_of_group.parse,
        )
        get_air_stats_of_operator = operation(
            _get_air_stats_of_operator.SPEC,
            _get_air_stats_of_operator.build,
            _get_air_stats_of_operator.parse,
        )
        get_air_stats_of_sim = operation(
            _get_air_stats_of_sim.SPEC, _get_air_stats_of_sim.build, _get_air_stats_of_sim.parse
        )
        get_beam_stats = operation(
            _get_beam_stats.SPEC, _get_beam_stats.build, _get_beam_stats.parse
        )
        get_funk_stats = operation(
            _get_funk_stats.SPEC, _get_funk_stats.build, _get_funk_stats.parse
        )
        get_funnel_stats = operation(
            _get_funnel_stats.SPEC, _get_funnel_stats.build, _get_funnel_stats.parse
        )
        get_harvest_exported_data_stats = operation(
            _get_harvest_exported_data_stats.SPEC,
            _get_harvest_exported_data_stats.build,
            _get_harvest_exported_data_stats.parse,
        )
        get_harvest_stats = operation(
            _get_harvest_stats.SPEC, _get_harvest_stats.build, _get_harvest_stats.parse
        )
        get_napter_audit_logs_exported_data_stats = operation(
            _get_napter_audit_logs_exported_data_stats.SPEC,
            _get_napter_audit_logs_exported_data_stats.build,
            _get_napter_audit_logs_exported_data_stats.parse,
        )
    else:
        export_air_stats = lazy_operation("..api.stats.export_air_stats", __package__, group=group)
        export_beam_stats = lazy_operation(
            "..api.stats.export_beam_stats", __package__, group=group
        )
        export_funk_stats = lazy_operation(
            "..api.stats.export_funk_stats", __package__, group=group
        )
        export_funnel_stats = lazy_operation(
            "..api.stats.export_funnel_stats", __package__, group=group
        )
        export_harvest_stats = lazy_operation(
            "..api.stats.export_harvest_stats", __package__, group=group
        )
        get_air_stats = lazy_operation("..api.stats.get_air_stats", __package__, group=group)
        get_air_stats_of_group = lazy_operation(
            "..api.stats.get_air_stats_of_group", __package__, group=group
        )
        get_air_stats_of_operator = lazy_operation(
            "..api.stats.get_air_stats_of_operator", __package__, group=group
        )
        get_air_stats_of_sim = lazy_operation(
            "..api.stats.get_air_stats_of_sim", __package__, group=group
        )
        get_beam_stats = lazy_operation("..api.stats.get_beam_stats", __package__, group=group)
        get_funk_stats = lazy_operation("..api.stats.get_funk_stats", __package__, group=group)
        get_funnel_stats = lazy_operation("..api.stats.get_funnel_stats", __package__, group=group)
        get_harvest_exported_data_stats = lazy_operation(
            "..api.stats.get_harvest_exported_data_stats", __package__, group=group
        )
        get_harvest_stats = lazy_operation(
            "..api.stats.get_harvest_stats", __package__, group=group
        )
        get_napter_audit_logs_exported_data_stats = lazy_operation(
            "..api.stats.get_napter_audit_logs_exported_data_stats", __package__, group=group
        )

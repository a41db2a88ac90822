"""The `Analysis` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.analysis import get_analysis_queries as _get_analysis_queries
    from ..api.analysis import get_analysis_schemas as _get_analysis_schemas
    from ..api.analysis import start_analysis_queries as _start_analysis_queries


class AnalysisApi(TagApi):
    """Operations of the `Analysis` group, as `client.analysis.<operation>`.

    One rate-limit group. `help(client.analysis.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_analysis_queries: Retrieve the execution status of a SQL query
        get_analysis_schemas: Retrieve available database schemas
        start_analysis_queries: Execute a new SQL query asynchronously
    """

    group = "Analysis"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_analysis_queries = operation(
            _get_analysis_queries.SPEC, _get_analysis_queries.build, _get_analysis_queries.parse
        )
        get_analysis_schemas = operation(
            _get_analysis_schemas.SPEC, _get_analysis_schemas.build, _get_analysis_schemas.parse
        )
        start_analysis_queries = operation(
            _start_analysis_queries.SPEC,
            _start_analysis_queries.build,
            _start_analysis_queries.parse,
        )
    else:
        get_analysis_queries = lazy_operation(
            "..api.analysis.get_analysis_queries", __package__, group=group
        )
        get_analysis_schemas = lazy_operation(
            "..api.analysis.get_analysis_schemas", __package__, group=group
        )
        start_analysis_queries = lazy_operation(
            "..api.analysis.start_analysis_queries", __package__, group=group
        )

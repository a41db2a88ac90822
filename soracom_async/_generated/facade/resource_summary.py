"""The `ResourceSummary` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.resource_summary import get_resource_summary as _get_resource_summary


class ResourceSummaryApi(TagApi):
    """Operations of the `ResourceSummary` group, as `client.resource_summary.<operation>`.

    One rate-limit group. `help(client.resource_summary.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_resource_summary: Get the resource summary identified by resource_summary_type
    """

    group = "ResourceSummary"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_resource_summary = operation(
            _get_resource_summary.SPEC, _get_resource_summary.build, _get_resource_summary.parse
        )
    else:
        get_resource_summary = lazy_operation(
            "..api.resource_summary.get_resource_summary", __package__, group=group
        )

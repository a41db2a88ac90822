"""The `ResourceSummary` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.resource_summary import get_resource_summary as _get_resource_summary


class ResourceSummaryApi(TagApi):
    """Operations of the `ResourceSummary` group, as `client.resource_summary.<operation>`.

    One rate-limit group. `help(client.resource_summary.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_resource_summary: Get the resource summary identified by resource_summary_type
    """

    group = "ResourceSummary"

    get_resource_summary = operation(
        _get_resource_summary.SPEC, _get_resource_summary.build, _get_resource_summary.parse
    )

"""The `Log` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, paginated_operation
from ..api.log import get_logs as _get_logs


class LogApi(TagApi):
    """Operations of the `Log` group, as `client.log.<operation>`."""

    group = "Log"

    get_logs = paginated_operation(
        _get_logs.SPEC, _get_logs.build, _get_logs.parse, items=_get_logs.items
    )

"""The `Log` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import paginated_operation
    from ..api.log import get_logs as _get_logs


class LogApi(TagApi):
    """Operations of the `Log` group, as `client.log.<operation>`.

    One rate-limit group. `help(client.log.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_logs: Retrieve Error Logs (paginated)
    """

    group = "Log"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_logs = paginated_operation(
            _get_logs.SPEC,
            _get_logs.build,
            _get_logs.parse,
            items=_get_logs.items,
            paging=_get_logs.paging,
        )
    else:
        get_logs = lazy_paginated_operation("..api.log.get_logs", __package__, group=group)

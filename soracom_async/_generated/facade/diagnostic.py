"""The `Diagnostic` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.diagnostic import get_diagnostic as _get_diagnostic
    from ..api.diagnostic import send_diagnostic_request as _send_diagnostic_request


class DiagnosticApi(TagApi):
    """Operations of the `Diagnostic` group, as `client.diagnostic.<operation>`.

    One rate-limit group. `help(client.diagnostic.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_diagnostic: Get diagnostic
        send_diagnostic_request: Send diagnostic request
    """

    group = "Diagnostic"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_diagnostic = operation(
            _get_diagnostic.SPEC, _get_diagnostic.build, _get_diagnostic.parse
        )
        send_diagnostic_request = operation(
            _send_diagnostic_request.SPEC,
            _send_diagnostic_request.build,
            _send_diagnostic_request.parse,
        )
    else:
        get_diagnostic = lazy_operation("..api.diagnostic.get_diagnostic", __package__, group=group)
        send_diagnostic_request = lazy_operation(
            "..api.diagnostic.send_diagnostic_request", __package__, group=group
        )

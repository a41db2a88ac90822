"""The `AuditLog` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import paginated_operation
    from ..api.audit_log import get_api_audit_logs as _get_api_audit_logs
    from ..api.audit_log import get_napter_audit_logs as _get_napter_audit_logs


class AuditLogApi(TagApi):
    """Operations of the `AuditLog` group, as `client.audit_log.<operation>`.

    One rate-limit group. `help(client.audit_log.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_api_audit_logs: Retrieve audit logs for Soracom API calls (paginated)
        get_napter_audit_logs: Retrieve audit logs for Soracom Napter (paginated)
    """

    group = "AuditLog"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_api_audit_logs = paginated_operation(
            _get_api_audit_logs.SPEC,
            _get_api_audit_logs.build,
            _get_api_audit_logs.parse,
            items=_get_api_audit_logs.items,
            paging=_get_api_audit_logs.paging,
        )
        get_napter_audit_logs = paginated_operation(
            _get_napter_audit_logs.SPEC,
            _get_napter_audit_logs.build,
            _get_napter_audit_logs.parse,
            items=_get_napter_audit_logs.items,
            paging=_get_napter_audit_logs.paging,
        )
    else:
        get_api_audit_logs = lazy_paginated_operation(
            "..api.audit_log.get_api_audit_logs", __package__, group=group
        )
        get_napter_audit_logs = lazy_paginated_operation(
            "..api.audit_log.get_napter_audit_logs", __package__, group=group
        )

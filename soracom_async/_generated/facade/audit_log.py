"""The `AuditLog` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, paginated_operation
from ..api.audit_log import get_api_audit_logs as _get_api_audit_logs
from ..api.audit_log import get_napter_audit_logs as _get_napter_audit_logs


class AuditLogApi(TagApi):
    """Operations of the `AuditLog` group, as `client.audit_log.<operation>`."""

    group = "AuditLog"

    get_api_audit_logs = paginated_operation(
        _get_api_audit_logs.SPEC,
        _get_api_audit_logs.build,
        _get_api_audit_logs.parse,
        items=_get_api_audit_logs.items,
    )
    get_napter_audit_logs = paginated_operation(
        _get_napter_audit_logs.SPEC,
        _get_napter_audit_logs.build,
        _get_napter_audit_logs.parse,
        items=_get_napter_audit_logs.items,
    )

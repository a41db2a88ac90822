"""The `User` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.user import create_user as _create_user
from ..api.user import create_user_password as _create_user_password
from ..api.user import delete_default_permissions as _delete_default_permissions
from ..api.user import delete_user as _delete_user
from ..api.user import delete_user_auth_key as _delete_user_auth_key
from ..api.user import delete_user_password as _delete_user_password
from ..api.user import delete_user_permission as _delete_user_permission
from ..api.user import delete_user_trust_policy as _delete_user_trust_policy
from ..api.user import enable_user_mfa as _enable_user_mfa
from ..api.user import generate_user_auth_key as _generate_user_auth_key
from ..api.user import get_default_permissions as _get_default_permissions
from ..api.user import get_user as _get_user
from ..api.user import get_user_auth_key as _get_user_auth_key
from ..api.user import get_user_mfa_status as _get_user_mfa_status
from ..api.user import get_user_permission as _get_user_permission
from ..api.user import get_user_trust_policy as _get_user_trust_policy
from ..api.user import has_user_password as _has_user_password
from ..api.user import list_user_auth_keys as _list_user_auth_keys
from ..api.user import list_users as _list_users
from ..api.user import revoke_user_auth_tokens as _revoke_user_auth_tokens
from ..api.user import revoke_user_mfa as _revoke_user_mfa
from ..api.user import update_default_permissions as _update_default_permissions
from ..api.user import update_user as _update_user
from ..api.user import update_user_password as _update_user_password
from ..api.user import update_user_permission as _update_user_permission
from ..api.user import update_user_trust_policy as _update_user_trust_policy
from ..api.user import verify_user_mfa as _verify_user_mfa


class UserApi(TagApi):
    """Operations of the `User` group, as `client.user.<operation>`."""

    group = "User"

    create_user = operation(_create_user.SPEC, _create_user.build, _create_user.parse)
    create_user_password = operation(
        _create_user_password.SPEC, _create_user_password.build, _create_user_password.parse
    )
    delete_default_permissions = operation(
        _delete_default_permissions.SPEC,
        _delete_default_permissions.build,
        _delete_default_permissions.parse,
    )
    delete_user = operation(_delete_user.SPEC, _delete_user.build, _delete_user.parse)
    delete_user_auth_key = operation(
        _delete_user_auth_key.SPEC, _delete_user_auth_key.build, _delete_user_auth_key.parse
    )
    delete_user_password = operation(
        _delete_user_password.SPEC, _delete_user_password.build, _delete_user_password.parse
    )
    delete_user_permission = operation(
        _delete_user_permission.SPEC, _delete_user_permission.build, _delete_user_permission.parse
    )
    delete_user_trust_policy = operation(
        _delete_user_trust_policy.SPEC,
        _delete_user_trust_policy.build,
        _delete_user_trust_policy.parse,
    )
    enable_user_mfa = operation(
        _enable_user_mfa.SPEC, _enable_user_mfa.build, _enable_user_mfa.parse
    )
    generate_user_auth_key = operation(
        _generate_user_auth_key.SPEC, _generate_user_auth_key.build, _generate_user_auth_key.parse
    )
    get_default_permissions = operation(
        _get_default_permissions.SPEC,
        _get_default_permissions.build,
        _get_default_permissions.parse,
    )
    get_user = operation(_get_user.SPEC, _get_user.build, _get_user.parse)
    get_user_auth_key = operation(
        _get_user_auth_key.SPEC, _get_user_auth_key.build, _get_user_auth_key.parse
    )
    get_user_mfa_status = operation(
        _get_user_mfa_status.SPEC, _get_user_mfa_status.build, _get_user_mfa_status.parse
    )
    get_user_permission = operation(
        _get_user_permission.SPEC, _get_user_permission.build, _get_user_permission.parse
    )
    get_user_trust_policy = operation(
        _get_user_trust_policy.SPEC, _get_user_trust_policy.build, _get_user_trust_policy.parse
    )
    has_user_password = operation(
        _has_user_password.SPEC, _has_user_password.build, _has_user_password.parse
    )
    list_user_auth_keys = operation(
        _list_user_auth_keys.SPEC, _list_user_auth_keys.build, _list_user_auth_keys.parse
    )
    list_users = operation(_list_users.SPEC, _list_users.build, _list_users.parse)
    revoke_user_auth_tokens = operation(
        _revoke_user_auth_tokens.SPEC,
        _revoke_user_auth_tokens.build,
        _revoke_user_auth_tokens.parse,
    )
    revoke_user_mfa = operation(
        _revoke_user_mfa.SPEC, _revoke_user_mfa.build, _revoke_user_mfa.parse
    )
    update_default_permissions = operation(
        _update_default_permissions.SPEC,
        _update_default_permissions.build,
        _update_default_permissions.parse,
    )
    update_user = operation(_update_user.SPEC, _update_user.build, _update_user.parse)
    update_user_password = operation(
        _update_user_password.SPEC, _update_user_password.build, _update_user_password.parse
    )
    update_user_permission = operation(
        _update_user_permission.SPEC, _update_user_permission.build, _update_user_permission.parse
    )
    update_user_trust_policy = operation(
        _update_user_trust_policy.SPEC,
        _update_user_trust_policy.build,
        _update_user_trust_policy.parse,
    )
    verify_user_mfa = operation(
        _verify_user_mfa.SPEC, _verify_user_mfa.build, _verify_user_mfa.parse
    )

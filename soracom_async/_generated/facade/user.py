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

    create_user = operation(
        _create_user.build,
        _create_user.parse,
        "createUser",
        "POST",
        "/operators/{operator_id}/users/{user_name}",
    )
    create_user_password = operation(
        _create_user_password.build,
        _create_user_password.parse,
        "createUserPassword",
        "POST",
        "/operators/{operator_id}/users/{user_name}/password",
    )
    delete_default_permissions = operation(
        _delete_default_permissions.build,
        _delete_default_permissions.parse,
        "deleteDefaultPermissions",
        "DELETE",
        "/operators/{operator_id}/users/default_permissions",
    )
    delete_user = operation(
        _delete_user.build,
        _delete_user.parse,
        "deleteUser",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}",
    )
    delete_user_auth_key = operation(
        _delete_user_auth_key.build,
        _delete_user_auth_key.parse,
        "deleteUserAuthKey",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}",
    )
    delete_user_password = operation(
        _delete_user_password.build,
        _delete_user_password.parse,
        "deleteUserPassword",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/password",
    )
    delete_user_permission = operation(
        _delete_user_permission.build,
        _delete_user_permission.parse,
        "deleteUserPermission",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/permission",
    )
    delete_user_trust_policy = operation(
        _delete_user_trust_policy.build,
        _delete_user_trust_policy.parse,
        "deleteUserTrustPolicy",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/trust_policy",
    )
    enable_user_mfa = operation(
        _enable_user_mfa.build,
        _enable_user_mfa.parse,
        "enableUserMFA",
        "POST",
        "/operators/{operator_id}/users/{user_name}/mfa",
    )
    generate_user_auth_key = operation(
        _generate_user_auth_key.build,
        _generate_user_auth_key.parse,
        "generateUserAuthKey",
        "POST",
        "/operators/{operator_id}/users/{user_name}/auth_keys",
    )
    get_default_permissions = operation(
        _get_default_permissions.build,
        _get_default_permissions.parse,
        "getDefaultPermissions",
        "GET",
        "/operators/{operator_id}/users/default_permissions",
    )
    get_user = operation(
        _get_user.build,
        _get_user.parse,
        "getUser",
        "GET",
        "/operators/{operator_id}/users/{user_name}",
    )
    get_user_auth_key = operation(
        _get_user_auth_key.build,
        _get_user_auth_key.parse,
        "getUserAuthKey",
        "GET",
        "/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}",
    )
    get_user_mfa_status = operation(
        _get_user_mfa_status.build,
        _get_user_mfa_status.parse,
        "getUserMFAStatus",
        "GET",
        "/operators/{operator_id}/users/{user_name}/mfa",
    )
    get_user_permission = operation(
        _get_user_permission.build,
        _get_user_permission.parse,
        "getUserPermission",
        "GET",
        "/operators/{operator_id}/users/{user_name}/permission",
    )
    get_user_trust_policy = operation(
        _get_user_trust_policy.build,
        _get_user_trust_policy.parse,
        "getUserTrustPolicy",
        "GET",
        "/operators/{operator_id}/users/{user_name}/trust_policy",
    )
    has_user_password = operation(
        _has_user_password.build,
        _has_user_password.parse,
        "hasUserPassword",
        "GET",
        "/operators/{operator_id}/users/{user_name}/password",
    )
    list_user_auth_keys = operation(
        _list_user_auth_keys.build,
        _list_user_auth_keys.parse,
        "listUserAuthKeys",
        "GET",
        "/operators/{operator_id}/users/{user_name}/auth_keys",
    )
    list_users = operation(
        _list_users.build, _list_users.parse, "listUsers", "GET", "/operators/{operator_id}/users"
    )
    revoke_user_auth_tokens = operation(
        _revoke_user_auth_tokens.build,
        _revoke_user_auth_tokens.parse,
        "revokeUserAuthTokens",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/tokens",
    )
    revoke_user_mfa = operation(
        _revoke_user_mfa.build,
        _revoke_user_mfa.parse,
        "revokeUserMFA",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/mfa",
    )
    update_default_permissions = operation(
        _update_default_permissions.build,
        _update_default_permissions.parse,
        "updateDefaultPermissions",
        "PUT",
        "/operators/{operator_id}/users/default_permissions",
    )
    update_user = operation(
        _update_user.build,
        _update_user.parse,
        "updateUser",
        "PUT",
        "/operators/{operator_id}/users/{user_name}",
    )
    update_user_password = operation(
        _update_user_password.build,
        _update_user_password.parse,
        "updateUserPassword",
        "PUT",
        "/operators/{operator_id}/users/{user_name}/password",
    )
    update_user_permission = operation(
        _update_user_permission.build,
        _update_user_permission.parse,
        "updateUserPermission",
        "PUT",
        "/operators/{operator_id}/users/{user_name}/permission",
    )
    update_user_trust_policy = operation(
        _update_user_trust_policy.build,
        _update_user_trust_policy.parse,
        "updateUserTrustPolicy",
        "PUT",
        "/operators/{operator_id}/users/{user_name}/trust_policy",
    )
    verify_user_mfa = operation(
        _verify_user_mfa.build,
        _verify_user_mfa.parse,
        "verifyUserMFA",
        "POST",
        "/operators/{operator_id}/users/{user_name}/mfa/verify",
    )

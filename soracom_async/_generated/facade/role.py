"""The `Role` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.role import attach_role as _attach_role
from ..api.role import create_role as _create_role
from ..api.role import delete_role as _delete_role
from ..api.role import detach_role as _detach_role
from ..api.role import get_role as _get_role
from ..api.role import list_role_attached_users as _list_role_attached_users
from ..api.role import list_role_versions as _list_role_versions
from ..api.role import list_roles as _list_roles
from ..api.role import list_user_roles as _list_user_roles
from ..api.role import update_role as _update_role


class RoleApi(TagApi):
    """Operations of the `Role` group, as `client.role.<operation>`."""

    group = "Role"

    attach_role = operation(
        _attach_role.build,
        _attach_role.parse,
        "attachRole",
        "POST",
        "/operators/{operator_id}/users/{user_name}/roles",
    )
    create_role = operation(
        _create_role.build,
        _create_role.parse,
        "createRole",
        "POST",
        "/operators/{operator_id}/roles/{role_id}",
    )
    delete_role = operation(
        _delete_role.build,
        _delete_role.parse,
        "deleteRole",
        "DELETE",
        "/operators/{operator_id}/roles/{role_id}",
    )
    detach_role = operation(
        _detach_role.build,
        _detach_role.parse,
        "detachRole",
        "DELETE",
        "/operators/{operator_id}/users/{user_name}/roles/{role_id}",
    )
    get_role = operation(
        _get_role.build,
        _get_role.parse,
        "getRole",
        "GET",
        "/operators/{operator_id}/roles/{role_id}",
    )
    list_role_attached_users = operation(
        _list_role_attached_users.build,
        _list_role_attached_users.parse,
        "listRoleAttachedUsers",
        "GET",
        "/operators/{operator_id}/roles/{role_id}/users",
    )
    list_role_versions = operation(
        _list_role_versions.build,
        _list_role_versions.parse,
        "listRoleVersions",
        "GET",
        "/operators/{operator_id}/roles/{role_id}/versions",
    )
    list_roles = operation(
        _list_roles.build, _list_roles.parse, "listRoles", "GET", "/operators/{operator_id}/roles"
    )
    list_user_roles = operation(
        _list_user_roles.build,
        _list_user_roles.parse,
        "listUserRoles",
        "GET",
        "/operators/{operator_id}/users/{user_name}/roles",
    )
    update_role = operation(
        _update_role.build,
        _update_role.parse,
        "updateRole",
        "PUT",
        "/operators/{operator_id}/roles/{role_id}",
    )

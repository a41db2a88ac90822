"""The `Role` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
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
    """Operations of the `Role` group, as `client.role.<operation>`.

    One rate-limit group. `help(client.role.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        attach_role: Attach Role to User
        create_role: Create Operator Managed Role
        delete_role: Delete Operator Managed Role
        detach_role: Detach Role from User
        get_role: Get Role
        list_role_attached_users: List Role Attached Users
        list_role_versions: Get Soracom Managed Role Versions
        list_roles: List Roles
        list_user_roles: List User Roles
        update_role: Update Operator Managed Role
    """

    group = "Role"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        attach_role = operation(_attach_role.SPEC, _attach_role.build, _attach_role.parse)
        create_role = operation(_create_role.SPEC, _create_role.build, _create_role.parse)
        delete_role = operation(_delete_role.SPEC, _delete_role.build, _delete_role.parse)
        detach_role = operation(_detach_role.SPEC, _detach_role.build, _detach_role.parse)
        get_role = operation(_get_role.SPEC, _get_role.build, _get_role.parse)
        list_role_attached_users = operation(
            _list_role_attached_users.SPEC,
            _list_role_attached_users.build,
            _list_role_attached_users.parse,
        )
        list_role_versions = operation(
            _list_role_versions.SPEC, _list_role_versions.build, _list_role_versions.parse
        )
        list_roles = operation(_list_roles.SPEC, _list_roles.build, _list_roles.parse)
        list_user_roles = operation(
            _list_user_roles.SPEC, _list_user_roles.build, _list_user_roles.parse
        )
        update_role = operation(_update_role.SPEC, _update_role.build, _update_role.parse)
    else:
        attach_role = lazy_operation("..api.role.attach_role", __package__, group=group)
        create_role = lazy_operation("..api.role.create_role", __package__, group=group)
        delete_role = lazy_operation("..api.role.delete_role", __package__, group=group)
        detach_role = lazy_operation("..api.role.detach_role", __package__, group=group)
        get_role = lazy_operation("..api.role.get_role", __package__, group=group)
        list_role_attached_users = lazy_operation(
            "..api.role.list_role_attached_users", __package__, group=group
        )
        list_role_versions = lazy_operation(
            "..api.role.list_role_versions", __package__, group=group
        )
        list_roles = lazy_operation("..api.role.list_roles", __package__, group=group)
        list_user_roles = lazy_operation("..api.role.list_user_roles", __package__, group=group)
        update_role = lazy_operation("..api.role.update_role", __package__, group=group)

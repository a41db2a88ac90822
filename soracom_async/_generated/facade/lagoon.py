"""The `Lagoon` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.lagoon import create_lagoon_user as _create_lagoon_user
    from ..api.lagoon import delete_lagoon_user as _delete_lagoon_user
    from ..api.lagoon import get_image_link as _get_image_link
    from ..api.lagoon import list_lagoon_license_pack_status as _list_lagoon_license_pack_status
    from ..api.lagoon import list_lagoon_users as _list_lagoon_users
    from ..api.lagoon import register_lagoon as _register_lagoon
    from ..api.lagoon import terminate_lagoon as _terminate_lagoon
    from ..api.lagoon import update_lagoon_license_pack as _update_lagoon_license_pack
    from ..api.lagoon import update_lagoon_plan as _update_lagoon_plan
    from ..api.lagoon import update_lagoon_user_email as _update_lagoon_user_email
    from ..api.lagoon import update_lagoon_user_password as _update_lagoon_user_password
    from ..api.lagoon import update_lagoon_user_permission as _update_lagoon_user_permission


class LagoonApi(TagApi):
    """Operations of the `Lagoon` group, as `client.lagoon.<operation>`.

    One rate-limit group. `help(client.lagoon.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_lagoon_user: Create a Soracom Lagoon user
        delete_lagoon_user: Delete a Soracom Lagoon user
        get_image_link: Get a custom icon image link of Soracom Lagoon Console
        list_lagoon_license_pack_status: Get the status of active Soracom Lagoon license packs
        list_lagoon_users: List Soracom Lagoon users that belong to operator
        register_lagoon: Register (activate) Soracom Lagoon
        terminate_lagoon: Terminate (deactivate) Soracom Lagoon
        update_lagoon_license_pack: Update the quantities for license packs of Soracom Lagoon
        update_lagoon_plan: Update the plan of Soracom Lagoon
        update_lagoon_user_email: Update email address of a Soracom Lagoon user
        update_lagoon_user_password: Update password of a Soracom Lagoon user
        update_lagoon_user_permission: Update permission of a Soracom Lagoon user
    """

    group = "Lagoon"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_lagoon_user = operation(
            _create_lagoon_user.SPEC, _create_lagoon_user.build, _create_lagoon_user.parse
        )
        delete_lagoon_user = operation(
            _delete_lagoon_user.SPEC, _delete_lagoon_user.build, _delete_lagoon_user.parse
        )
        get_image_link = operation(
            _get_image_link.SPEC, _get_image_link.build, _get_image_link.parse
        )
        list_lagoon_license_pack_status = operation(
            _list_lagoon_license_pack_status.SPEC,
            _list_lagoon_license_pack_status.build,
            _list_lagoon_license_pack_status.parse,
        )
        list_lagoon_users = operation(
            _list_lagoon_users.SPEC, _list_lagoon_users.build, _list_lagoon_users.parse
        )
        register_lagoon = operation(
            _register_lagoon.SPEC, _register_lagoon.build, _register_lagoon.parse
        )
        terminate_lagoon = operation(
            _terminate_lagoon.SPEC, _terminate_lagoon.build, _terminate_lagoon.parse
        )
        update_lagoon_license_pack = operation(
            _update_lagoon_license_pack.SPEC,
            _update_lagoon_license_pack.build,
            _update_lagoon_license_pack.parse,
        )
        update_lagoon_plan = operation(
            _update_lagoon_plan.SPEC, _update_lagoon_plan.build, _update_lagoon_plan.parse
        )
        update_lagoon_user_email = operation(
            _update_lagoon_user_email.SPEC,
            _update_lagoon_user_email.build,
            _update_lagoon_user_email.parse,
        )
        update_lagoon_user_password = operation(
            _update_lagoon_user_password.SPEC,
            _update_lagoon_user_password.build,
            _update_lagoon_user_password.parse,
        )
        update_lagoon_user_permission = operation(
            _update_lagoon_user_permission.SPEC,
            _update_lagoon_user_permission.build,
            _update_lagoon_user_permission.parse,
        )
    else:
        create_lagoon_user = lazy_operation(
            "..api.lagoon.create_lagoon_user", __package__, group=group
        )
        delete_lagoon_user = lazy_operation(
            "..api.lagoon.delete_lagoon_user", __package__, group=group
        )
        get_image_link = lazy_operation("..api.lagoon.get_image_link", __package__, group=group)
        list_lagoon_license_pack_status = lazy_operation(
            "..api.lagoon.list_lagoon_license_pack_status", __package__, group=group
        )
        list_lagoon_users = lazy_operation(
            "..api.lagoon.list_lagoon_users", __package__, group=group
        )
        register_lagoon = lazy_operation("..api.lagoon.register_lagoon", __package__, group=group)
        terminate_lagoon = lazy_operation("..api.lagoon.terminate_lagoon", __package__, group=group)
        update_lagoon_license_pack = lazy_operation(
            "..api.lagoon.update_lagoon_license_pack", __package__, group=group
        )
        update_lagoon_plan = lazy_operation(
            "..api.lagoon.update_lagoon_plan", __package__, group=group
        )
        update_lagoon_user_email = lazy_operation(
            "..api.lagoon.update_lagoon_user_email", __package__, group=group
        )
        update_lagoon_user_password = lazy_operation(
            "..api.lagoon.update_lagoon_user_password", __package__, group=group
        )
        update_lagoon_user_permission = lazy_operation(
            "..api.lagoon.update_lagoon_user_permission", __package__, group=group
        )

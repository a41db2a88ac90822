"""The `Lagoon` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
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

    create_lagoon_user = operation(
        _create_lagoon_user.SPEC, _create_lagoon_user.build, _create_lagoon_user.parse
    )
    delete_lagoon_user = operation(
        _delete_lagoon_user.SPEC, _delete_lagoon_user.build, _delete_lagoon_user.parse
    )
    get_image_link = operation(_get_image_link.SPEC, _get_image_link.build, _get_image_link.parse)
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

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
    """Operations of the `Lagoon` group, as `client.lagoon.<operation>`."""

    group = "Lagoon"

    create_lagoon_user = operation(
        _create_lagoon_user.build,
        _create_lagoon_user.parse,
        "createLagoonUser",
        "POST",
        "/lagoon/users",
    )
    delete_lagoon_user = operation(
        _delete_lagoon_user.build,
        _delete_lagoon_user.parse,
        "deleteLagoonUser",
        "DELETE",
        "/lagoon/users/{lagoon_user_id}",
    )
    get_image_link = operation(
        _get_image_link.build, _get_image_link.parse, "getImageLink", "GET", "/lagoon/image/link"
    )
    list_lagoon_license_pack_status = operation(
        _list_lagoon_license_pack_status.build,
        _list_lagoon_license_pack_status.parse,
        "listLagoonLicensePackStatus",
        "GET",
        "/lagoon/license_packs",
    )
    list_lagoon_users = operation(
        _list_lagoon_users.build,
        _list_lagoon_users.parse,
        "listLagoonUsers",
        "GET",
        "/lagoon/users",
    )
    register_lagoon = operation(
        _register_lagoon.build, _register_lagoon.parse, "registerLagoon", "POST", "/lagoon/register"
    )
    terminate_lagoon = operation(
        _terminate_lagoon.build,
        _terminate_lagoon.parse,
        "terminateLagoon",
        "POST",
        "/lagoon/terminate",
    )
    update_lagoon_license_pack = operation(
        _update_lagoon_license_pack.build,
        _update_lagoon_license_pack.parse,
        "updateLagoonLicensePack",
        "PUT",
        "/lagoon/license_packs",
    )
    update_lagoon_plan = operation(
        _update_lagoon_plan.build,
        _update_lagoon_plan.parse,
        "updateLagoonPlan",
        "PUT",
        "/lagoon/plan",
    )
    update_lagoon_user_email = operation(
        _update_lagoon_user_email.build,
        _update_lagoon_user_email.parse,
        "updateLagoonUserEmail",
        "PUT",
        "/lagoon/users/{lagoon_user_id}/email",
    )
    update_lagoon_user_password = operation(
        _update_lagoon_user_password.build,
        _update_lagoon_user_password.parse,
        "updateLagoonUserPassword",
        "PUT",
        "/lagoon/users/{lagoon_user_id}/password",
    )
    update_lagoon_user_permission = operation(
        _update_lagoon_user_permission.build,
        _update_lagoon_user_permission.parse,
        "updateLagoonUserPermission",
        "PUT",
        "/lagoon/users/{lagoon_user_id}/permission",
    )

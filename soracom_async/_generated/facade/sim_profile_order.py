"""The `SimProfileOrder` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.sim_profile_order import confirm_profile_order as _confirm_profile_order
from ..api.sim_profile_order import create_profile_order as _create_profile_order
from ..api.sim_profile_order import delete_profile_order as _delete_profile_order
from ..api.sim_profile_order import get_profile_order as _get_profile_order
from ..api.sim_profile_order import list_ordered_profiles as _list_ordered_profiles
from ..api.sim_profile_order import list_profile_orders as _list_profile_orders


class SimProfileOrderApi(TagApi):
    """Operations of the `SimProfileOrder` group, as `client.sim_profile_order.<operation>`."""

    group = "SimProfileOrder"

    confirm_profile_order = operation(
        _confirm_profile_order.build,
        _confirm_profile_order.parse,
        "confirmProfileOrder",
        "POST",
        "/sim_profile_orders/{profile_order_id}/confirm",
    )
    create_profile_order = operation(
        _create_profile_order.build,
        _create_profile_order.parse,
        "createProfileOrder",
        "POST",
        "/sim_profile_orders",
    )
    delete_profile_order = operation(
        _delete_profile_order.build,
        _delete_profile_order.parse,
        "deleteProfileOrder",
        "DELETE",
        "/sim_profile_orders/{profile_order_id}",
    )
    get_profile_order = operation(
        _get_profile_order.build,
        _get_profile_order.parse,
        "getProfileOrder",
        "GET",
        "/sim_profile_orders/{profile_order_id}",
    )
    list_ordered_profiles = operation(
        _list_ordered_profiles.build,
        _list_ordered_profiles.parse,
        "listOrderedProfiles",
        "GET",
        "/sim_profile_orders/{profile_order_id}/profiles",
    )
    list_profile_orders = paginated_operation(
        _list_profile_orders.build,
        _list_profile_orders.parse,
        "listProfileOrders",
        "GET",
        "/sim_profile_orders",
    )

"""The `SimProfileOrder` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.sim_profile_order import confirm_profile_order as _confirm_profile_order
    from ..api.sim_profile_order import create_profile_order as _create_profile_order
    from ..api.sim_profile_order import delete_profile_order as _delete_profile_order
    from ..api.sim_profile_order import get_profile_order as _get_profile_order
    from ..api.sim_profile_order import list_ordered_profiles as _list_ordered_profiles
    from ..api.sim_profile_order import list_profile_orders as _list_profile_orders


class SimProfileOrderApi(TagApi):
    """Operations of the `SimProfileOrder` group, as `client.sim_profile_order.<operation>`.

    One rate-limit group. `help(client.sim_profile_order.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        confirm_profile_order: Confirm an eSIM profile order
        create_profile_order: Create a new eSIM profile order
        delete_profile_order: Cancel an eSIM profile order
        get_profile_order: Get an eSIM profile order
        list_ordered_profiles: List eSIM profiles created by the eSIM profile order
        list_profile_orders: List eSIM profile orders (paginated)
    """

    group = "SimProfileOrder"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        confirm_profile_order = operation(
            _confirm_profile_order.SPEC, _confirm_profile_order.build, _confirm_profile_order.parse
        )
        create_profile_order = operation(
            _create_profile_order.SPEC, _create_profile_order.build, _create_profile_order.parse
        )
        delete_profile_order = operation(
            _delete_profile_order.SPEC, _delete_profile_order.build, _delete_profile_order.parse
        )
        get_profile_order = operation(
            _get_profile_order.SPEC, _get_profile_order.build, _get_profile_order.parse
        )
        list_ordered_profiles = operation(
            _list_ordered_profiles.SPEC, _list_ordered_profiles.build, _list_ordered_profiles.parse
        )
        list_profile_orders = paginated_operation(
            _list_profile_orders.SPEC,
            _list_profile_orders.build,
            _list_profile_orders.parse,
            items=_list_profile_orders.items,
            paging=_list_profile_orders.paging,
        )
    else:
        confirm_profile_order = lazy_operation(
            "..api.sim_profile_order.confirm_profile_order", __package__, group=group
        )
        create_profile_order = lazy_operation(
            "..api.sim_profile_order.create_profile_order", __package__, group=group
        )
        delete_profile_order = lazy_operation(
            "..api.sim_profile_order.delete_profile_order", __package__, group=group
        )
        get_profile_order = lazy_operation(
            "..api.sim_profile_order.get_profile_order", __package__, group=group
        )
        list_ordered_profiles = lazy_operation(
            "..api.sim_profile_order.list_ordered_profiles", __package__, group=group
        )
        list_profile_orders = lazy_paginated_operation(
            "..api.sim_profile_order.list_profile_orders", __package__, group=group
        )

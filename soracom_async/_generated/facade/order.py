"""The `Order` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.order import cancel_order as _cancel_order
    from ..api.order import confirm_coupon_order as _confirm_coupon_order
    from ..api.order import confirm_order as _confirm_order
    from ..api.order import confirm_volume_discount_order as _confirm_volume_discount_order
    from ..api.order import create_coupon_quotation as _create_coupon_quotation
    from ..api.order import create_quotation as _create_quotation
    from ..api.order import create_volume_discount_quotation as _create_volume_discount_quotation
    from ..api.order import get_order as _get_order
    from ..api.order import list_available_discounts as _list_available_discounts
    from ..api.order import list_ordered_subscribers as _list_ordered_subscribers
    from ..api.order import list_orders as _list_orders
    from ..api.order import list_products as _list_products
    from ..api.order import register_ordered_sim as _register_ordered_sim
    from ..api.order import (
        update_ordered_resource_initial_setting as _update_ordered_resource_initial_setting,
    )


class OrderApi(TagApi):
    """Operations of the `Order` group, as `client.order.<operation>`.

    One rate-limit group. `help(client.order.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        cancel_order: Cancel order
        confirm_coupon_order: Confirm coupon order
        confirm_order: Confirm order
        confirm_volume_discount_order: Confirm long-term discount order
        create_coupon_quotation: Create coupon quotation
        create_quotation: Create Quotation
        create_volume_discount_quotation: Create long term discount quotation
        get_order: Get a confirmed order
        list_available_discounts: List available long term discounts
        list_ordered_subscribers: List ordered subscribers (paginated)
        list_orders: Get a list of confirmed order history
        list_products: List products
        register_ordered_sim: Register subscribers for operator
        update_ordered_resource_initial_setting: Update resource initial setting for an order
    """

    group = "Order"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        cancel_order = operation(_cancel_order.SPEC, _cancel_order.build, _cancel_order.parse)
        confirm_coupon_order = operation(
            _confirm_coupon_order.SPEC, _confirm_coupon_order.build, _confirm_coupon_order.parse
        )
        confirm_order = operation(_confirm_order.SPEC, _confirm_order.build, _confirm_order.parse)
        confirm_volume_discount_order = operation(
            _confirm_volume_discount_order.SPEC,
            _confirm_volume_discount_order.build,
            _confirm_volume_discount_order.parse,
        )
        create_coupon_quotation = operation(
            _create_coupon_quotation.SPEC,
            _create_coupon_quotation.build,
            _create_coupon_quotation.parse,
        )
        create_quotation = operation(
            _create_quotation.SPEC, _create_quotation.build, _create_quotation.parse
        )
        create_volume_discount_quotation = operation(
            _create_volume_discount_quotation.SPEC,
            _create_volume_discount_quotation.build,
            _create_volume_discount_quotation.parse,
        )
        get_order = operation(_get_order.SPEC, _get_order.build, _get_order.parse)
        list_available_discounts = operation(
            _list_available_discounts.SPEC,
            _list_available_discounts.build,
            _list_available_discounts.parse,
        )
        list_ordered_subscribers = paginated_operation(
            _list_ordered_subscribers.SPEC,
            _list_ordered_subscribers.build,
            _list_ordered_subscribers.parse,
            items=_list_ordered_subscribers.items,
            paging=_list_ordered_subscribers.paging,
        )
        list_orders = operation(_list_orders.SPEC, _list_orders.build, _list_orders.parse)
        list_products = operation(_list_products.SPEC, _list_products.build, _list_products.parse)
        register_ordered_sim = operation(
            _register_ordered_sim.SPEC, _register_ordered_sim.build, _register_ordered_sim.parse
        )
        update_ordered_resource_initial_setting = operation(
            _update_ordered_resource_initial_setting.SPEC,
            _update_ordered_resource_initial_setting.build,
            _update_ordered_resource_initial_setting.parse,
        )
    else:
        cancel_order = lazy_operation("..api.order.cancel_order", __package__, group=group)
        confirm_coupon_order = lazy_operation(
            "..api.order.confirm_coupon_order", __package__, group=group
        )
        confirm_order = lazy_operation("..api.order.confirm_order", __package__, group=group)
        confirm_volume_discount_order = lazy_operation(
            "..api.order.confirm_volume_discount_order", __package__, group=group
        )
        create_coupon_quotation = lazy_operation(
            "..api.order.create_coupon_quotation", __package__, group=group
        )
        create_quotation = lazy_operation("..api.order.create_quotation", __package__, group=group)
        create_volume_discount_quotation = lazy_operation(
            "..api.order.create_volume_discount_quotation", __package__, group=group
        )
        get_order = lazy_operation("..api.order.get_order", __package__, group=group)
        list_available_discounts = lazy_operation(
            "..api.order.list_available_discounts", __package__, group=group
        )
        list_ordered_subscribers = lazy_paginated_operation(
            "..api.order.list_ordered_subscribers", __package__, group=group
        )
        list_orders = lazy_operation("..api.order.list_orders", __package__, group=group)
        list_products = lazy_operation("..api.order.list_products", __package__, group=group)
        register_ordered_sim = lazy_operation(
            "..api.order.register_ordered_sim", __package__, group=group
        )
        update_ordered_resource_initial_setting = lazy_operation(
            "..api.order.update_ordered_resource_initial_setting", __package__, group=group
        )

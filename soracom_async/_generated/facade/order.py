"""The `Order` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
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
    """Operations of the `Order` group, as `client.order.<operation>`."""

    group = "Order"

    cancel_order = operation(
        _cancel_order.build, _cancel_order.parse, "cancelOrder", "PUT", "/orders/{order_id}/cancel"
    )
    confirm_coupon_order = operation(
        _confirm_coupon_order.build,
        _confirm_coupon_order.parse,
        "confirmCouponOrder",
        "PUT",
        "/coupons/{order_id}/confirm",
    )
    confirm_order = operation(
        _confirm_order.build,
        _confirm_order.parse,
        "confirmOrder",
        "PUT",
        "/orders/{order_id}/confirm",
    )
    confirm_volume_discount_order = operation(
        _confirm_volume_discount_order.build,
        _confirm_volume_discount_order.parse,
        "confirmVolumeDiscountOrder",
        "PUT",
        "/volume_discounts/{order_id}/confirm",
    )
    create_coupon_quotation = operation(
        _create_coupon_quotation.build,
        _create_coupon_quotation.parse,
        "createCouponQuotation",
        "POST",
        "/coupons",
    )
    create_quotation = operation(
        _create_quotation.build, _create_quotation.parse, "createQuotation", "POST", "/orders"
    )
    create_volume_discount_quotation = operation(
        _create_volume_discount_quotation.build,
        _create_volume_discount_quotation.parse,
        "createVolumeDiscountQuotation",
        "POST",
        "/volume_discounts",
    )
    get_order = operation(
        _get_order.build, _get_order.parse, "getOrder", "GET", "/orders/{order_id}"
    )
    list_available_discounts = operation(
        _list_available_discounts.build,
        _list_available_discounts.parse,
        "listAvailableDiscounts",
        "GET",
        "/volume_discounts/available_discounts",
    )
    list_ordered_subscribers = paginated_operation(
        _list_ordered_subscribers.build,
        _list_ordered_subscribers.parse,
        "listOrderedSubscribers",
        "GET",
        "/orders/{order_id}/subscribers",
        items=lambda page: page.ordered_subscriber_list or [],
    )
    list_orders = operation(_list_orders.build, _list_orders.parse, "listOrders", "GET", "/orders")
    list_products = operation(
        _list_products.build, _list_products.parse, "listProducts", "GET", "/products"
    )
    register_ordered_sim = operation(
        _register_ordered_sim.build,
        _register_ordered_sim.parse,
        "registerOrderedSim",
        "POST",
        "/orders/{order_id}/subscribers/register",
    )
    update_ordered_resource_initial_setting = operation(
        _update_ordered_resource_initial_setting.build,
        _update_ordered_resource_initial_setting.parse,
        "updateOrderedResourceInitialSetting",
        "PUT",
        "/orders/{order_id}/resource_initial_setting",
    )

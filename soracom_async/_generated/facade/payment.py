"""The `Payment` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.payment import activate_payment_method as _activate_payment_method
    from ..api.payment import export_payment_statement as _export_payment_statement
    from ..api.payment import get_payer_information as _get_payer_information
    from ..api.payment import get_payment_method as _get_payment_method
    from ..api.payment import get_payment_transaction as _get_payment_transaction
    from ..api.payment import get_volume_discount as _get_volume_discount
    from ..api.payment import list_coupons as _list_coupons
    from ..api.payment import list_payment_statements as _list_payment_statements
    from ..api.payment import list_volume_discounts as _list_volume_discounts
    from ..api.payment import register_coupon as _register_coupon
    from ..api.payment import register_payer_information as _register_payer_information


class PaymentApi(TagApi):
    """Operations of the `Payment` group, as `client.payment.<operation>`.

    One rate-limit group. `help(client.payment.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        activate_payment_method: Activate current payment method
        export_payment_statement: Export payment statement
        get_payer_information: Export payer information
        get_payment_method: Get current payment method information.
        get_payment_transaction: Get payment transaction result.
        get_volume_discount: Get long term discount
        list_coupons: List coupons.
        list_payment_statements: List payment statements
        list_volume_discounts: List long term discounts
        register_coupon: Register Coupon
        register_payer_information: Register payer information
    """

    group = "Payment"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        activate_payment_method = operation(
            _activate_payment_method.SPEC,
            _activate_payment_method.build,
            _activate_payment_method.parse,
        )
        export_payment_statement = operation(
            _export_payment_statement.SPEC,
            _export_payment_statement.build,
            _export_payment_statement.parse,
        )
        get_payer_information = operation(
            _get_payer_information.SPEC, _get_payer_information.build, _get_payer_information.parse
        )
        get_payment_method = operation(
            _get_payment_method.SPEC, _get_payment_method.build, _get_payment_method.parse
        )
        get_payment_transaction = operation(
            _get_payment_transaction.SPEC,
            _get_payment_transaction.build,
            _get_payment_transaction.parse,
        )
        get_volume_discount = operation(
            _get_volume_discount.SPEC, _get_volume_discount.build, _get_volume_discount.parse
        )
        list_coupons = operation(_list_coupons.SPEC, _list_coupons.build, _list_coupons.parse)
        list_payment_statements = operation(
            _list_payment_statements.SPEC,
            _list_payment_statements.build,
            _list_payment_statements.parse,
        )
        list_volume_discounts = operation(
            _list_volume_discounts.SPEC, _list_volume_discounts.build, _list_volume_discounts.parse
        )
        register_coupon = operation(
            _register_coupon.SPEC, _register_coupon.build, _register_coupon.parse
        )
        register_payer_information = operation(
            _register_payer_information.SPEC,
            _register_payer_information.build,
            _register_payer_information.parse,
        )
    else:
        activate_payment_method = lazy_operation(
            "..api.payment.activate_payment_method", __package__, group=group
        )
        export_payment_statement = lazy_operation(
            "..api.payment.export_payment_statement", __package__, group=group
        )
        get_payer_information = lazy_operation(
            "..api.payment.get_payer_information", __package__, group=group
        )
        get_payment_method = lazy_operation(
            "..api.payment.get_payment_method", __package__, group=group
        )
        get_payment_transaction = lazy_operation(
            "..api.payment.get_payment_transaction", __package__, group=group
        )
        get_volume_discount = lazy_operation(
            "..api.payment.get_volume_discount", __package__, group=group
        )
        list_coupons = lazy_operation("..api.payment.list_coupons", __package__, group=group)
        list_payment_statements = lazy_operation(
            "..api.payment.list_payment_statements", __package__, group=group
        )
        list_volume_discounts = lazy_operation(
            "..api.payment.list_volume_discounts", __package__, group=group
        )
        register_coupon = lazy_operation("..api.payment.register_coupon", __package__, group=group)
        register_payer_information = lazy_operation(
            "..api.payment.register_payer_information", __package__, group=group
        )

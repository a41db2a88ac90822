"""The `sandbox` namespace: every operation of its document."""

from typing import TYPE_CHECKING

from ...operation import lazy_operation
from ...sandbox import SandboxFacade

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.api_sandbox_coupon import sandbox_create_coupon as _sandbox_create_coupon
    from ..api.api_sandbox_operator import sandbox_delete_operator as _sandbox_delete_operator
    from ..api.api_sandbox_operator import sandbox_get_signup_token as _sandbox_get_signup_token
    from ..api.api_sandbox_operator import (
        sandbox_initialize_operator as _sandbox_initialize_operator,
    )
    from ..api.api_sandbox_order import sandbox_ship_order as _sandbox_ship_order
    from ..api.api_sandbox_stats import sandbox_insert_air_stats as _sandbox_insert_air_stats
    from ..api.api_sandbox_stats import sandbox_insert_beam_stats as _sandbox_insert_beam_stats
    from ..api.api_sandbox_subscriber import sandbox_create_subscriber as _sandbox_create_subscriber


class SandboxApi(SandboxFacade):
    """Operations of the `sandbox` namespace, as `client.sandbox.<operation>`.

    Each is in the rate-limit group of its tag. `help(client.sandbox.<operation>)`
    shows an operation's parameters, result and pagination.

    Operations:
        create_coupon: Creates a coupon
        create_subscriber: Creates a new subscriber for sandbox
        delete_operator: Deletes an operator
        get_signup_token: Gets a signup token
        initialize_operator: Creates an operator account
        insert_air_stats: Inserts Air stats for testing
        insert_beam_stats: Inserts Beam stats for testing
        ship_order: Ships the specified order
    """

    groups = frozenset(
        [
            "API Sandbox: Coupon",
            "API Sandbox: Operator",
            "API Sandbox: Order",
            "API Sandbox: Stats",
            "API Sandbox: Subscriber",
        ]
    )

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_coupon = operation(
            _sandbox_create_coupon.SPEC, _sandbox_create_coupon.build, _sandbox_create_coupon.parse
        )
        create_subscriber = operation(
            _sandbox_create_subscriber.SPEC,
            _sandbox_create_subscriber.build,
            _sandbox_create_subscriber.parse,
        )
        delete_operator = operation(
            _sandbox_delete_operator.SPEC,
            _sandbox_delete_operator.build,
            _sandbox_delete_operator.parse,
        )
        get_signup_token = operation(
            _sandbox_get_signup_token.SPEC,
            _sandbox_get_signup_token.build,
            _sandbox_get_signup_token.parse,
        )
        initialize_operator = operation(
            _sandbox_initialize_operator.SPEC,
            _sandbox_initialize_operator.build,
            _sandbox_initialize_operator.parse,
        )
        insert_air_stats = operation(
            _sandbox_insert_air_stats.SPEC,
            _sandbox_insert_air_stats.build,
            _sandbox_insert_air_stats.parse,
        )
        insert_beam_stats = operation(
            _sandbox_insert_beam_stats.SPEC,
            _sandbox_insert_beam_stats.build,
            _sandbox_insert_beam_stats.parse,
        )
        ship_order = operation(
            _sandbox_ship_order.SPEC, _sandbox_ship_order.build, _sandbox_ship_order.parse
        )
    else:
        create_coupon = lazy_operation(
            "..api.api_sandbox_coupon.sandbox_create_coupon",
            __package__,
            group="API Sandbox: Coupon",
        )
        create_subscriber = lazy_operation(
            "..api.api_sandbox_subscriber.sandbox_create_subscriber",
            __package__,
            group="API Sandbox: Subscriber",
        )
        delete_operator = lazy_operation(
            "..api.api_sandbox_operator.sandbox_delete_operator",
            __package__,
            group="API Sandbox: Operator",
        )
        get_signup_token = lazy_operation(
            "..api.api_sandbox_operator.sandbox_get_signup_token",
            __package__,
            group="API Sandbox: Operator",
        )
        initialize_operator = lazy_operation(
            "..api.api_sandbox_operator.sandbox_initialize_operator",
            __package__,
            group="API Sandbox: Operator",
        )
        insert_air_stats = lazy_operation(
            "..api.api_sandbox_stats.sandbox_insert_air_stats",
            __package__,
            group="API Sandbox: Stats",
        )
        insert_beam_stats = lazy_operation(
            "..api.api_sandbox_stats.sandbox_insert_beam_stats",
            __package__,
            group="API Sandbox: Stats",
        )
        ship_order = lazy_operation(
            "..api.api_sandbox_order.sandbox_ship_order", __package__, group="API Sandbox: Order"
        )

"""The `ShippingAddress` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.shipping_address import create_shipping_address as _create_shipping_address
    from ..api.shipping_address import delete_shipping_address as _delete_shipping_address
    from ..api.shipping_address import get_shipping_address as _get_shipping_address
    from ..api.shipping_address import list_shipping_addresses as _list_shipping_addresses
    from ..api.shipping_address import update_shipping_address as _update_shipping_address


class ShippingAddressApi(TagApi):
    """Operations of the `ShippingAddress` group, as `client.shipping_address.<operation>`.

    One rate-limit group. `help(client.shipping_address.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_shipping_address: Create shipping address
        delete_shipping_address: Delete shipping address
        get_shipping_address: Get shipping address
        list_shipping_addresses: List shipping addresses
        update_shipping_address: Update shipping address
    """

    group = "ShippingAddress"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_shipping_address = operation(
            _create_shipping_address.SPEC,
            _create_shipping_address.build,
            _create_shipping_address.parse,
        )
        delete_shipping_address = operation(
            _delete_shipping_address.SPEC,
            _delete_shipping_address.build,
            _delete_shipping_address.parse,
        )
        get_shipping_address = operation(
            _get_shipping_address.SPEC, _get_shipping_address.build, _get_shipping_address.parse
        )
        list_shipping_addresses = operation(
            _list_shipping_addresses.SPEC,
            _list_shipping_addresses.build,
            _list_shipping_addresses.parse,
        )
        update_shipping_address = operation(
            _update_shipping_address.SPEC,
            _update_shipping_address.build,
            _update_shipping_address.parse,
        )
    else:
        create_shipping_address = lazy_operation(
            "..api.shipping_address.create_shipping_address", __package__, group=group
        )
        delete_shipping_address = lazy_operation(
            "..api.shipping_address.delete_shipping_address", __package__, group=group
        )
        get_shipping_address = lazy_operation(
            "..api.shipping_address.get_shipping_address", __package__, group=group
        )
        list_shipping_addresses = lazy_operation(
            "..api.shipping_address.list_shipping_addresses", __package__, group=group
        )
        update_shipping_address = lazy_operation(
            "..api.shipping_address.update_shipping_address", __package__, group=group
        )

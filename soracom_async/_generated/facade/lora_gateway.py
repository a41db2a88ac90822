"""The `LoraGateway` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.lora_gateway import delete_lora_gateway_tag as _delete_lora_gateway_tag
    from ..api.lora_gateway import (
        disable_termination_on_lora_gateway as _disable_termination_on_lora_gateway,
    )
    from ..api.lora_gateway import (
        enable_termination_on_lora_gateway as _enable_termination_on_lora_gateway,
    )
    from ..api.lora_gateway import get_lora_gateway as _get_lora_gateway
    from ..api.lora_gateway import list_lora_gateways as _list_lora_gateways
    from ..api.lora_gateway import put_lora_gateway_tags as _put_lora_gateway_tags
    from ..api.lora_gateway import set_lora_network_set as _set_lora_network_set
    from ..api.lora_gateway import terminate_lora_gateway as _terminate_lora_gateway
    from ..api.lora_gateway import unset_lora_network_set as _unset_lora_network_set


class LoraGatewayApi(TagApi):
    """Operations of the `LoraGateway` group, as `client.lora_gateway.<operation>`.

    One rate-limit group. `help(client.lora_gateway.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_lora_gateway_tag: Delete LoRaWAN gateway tag
        disable_termination_on_lora_gateway: Disable Termination of LoRaWAN gateway
        enable_termination_on_lora_gateway: Enable Termination of LoRaWAN gateway
        get_lora_gateway: Get LoRaWAN gateway
        list_lora_gateways: List LoRaWAN Gateways (paginated)
        put_lora_gateway_tags: Bulk Insert or Update LoRaWAN gateway Tags
        set_lora_network_set: Set Network Set ID of LoRaWAN gateway
        terminate_lora_gateway: Terminate LoRaWAN gateway
        unset_lora_network_set: Unset Network Set ID of LoRaWAN gateway
    """

    group = "LoraGateway"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_lora_gateway_tag = operation(
            _delete_lora_gateway_tag.SPEC,
            _delete_lora_gateway_tag.build,
            _delete_lora_gateway_tag.parse,
        )
        disable_termination_on_lora_gateway = operation(
            _disable_termination_on_lora_gateway.SPEC,
            _disable_termination_on_lora_gateway.build,
            _disable_termination_on_lora_gateway.parse,
        )
        enable_termination_on_lora_gateway = operation(
            _enable_termination_on_lora_gateway.SPEC,
            _enable_termination_on_lora_gateway.build,
            _enable_termination_on_lora_gateway.parse,
        )
        get_lora_gateway = operation(
            _get_lora_gateway.SPEC, _get_lora_gateway.build, _get_lora_gateway.parse
        )
        list_lora_gateways = paginated_operation(
            _list_lora_gateways.SPEC,
            _list_lora_gateways.build,
            _list_lora_gateways.parse,
            items=_list_lora_gateways.items,
            paging=_list_lora_gateways.paging,
        )
        put_lora_gateway_tags = operation(
            _put_lora_gateway_tags.SPEC, _put_lora_gateway_tags.build, _put_lora_gateway_tags.parse
        )
        set_lora_network_set = operation(
            _set_lora_network_set.SPEC, _set_lora_network_set.build, _set_lora_network_set.parse
        )
        terminate_lora_gateway = operation(
            _terminate_lora_gateway.SPEC,
            _terminate_lora_gateway.build,
            _terminate_lora_gateway.parse,
        )
        unset_lora_network_set = operation(
            _unset_lora_network_set.SPEC,
            _unset_lora_network_set.build,
            _unset_lora_network_set.parse,
        )
    else:
        delete_lora_gateway_tag = lazy_operation(
            "..api.lora_gateway.delete_lora_gateway_tag", __package__, group=group
        )
        disable_termination_on_lora_gateway = lazy_operation(
            "..api.lora_gateway.disable_termination_on_lora_gateway", __package__, group=group
        )
        enable_termination_on_lora_gateway = lazy_operation(
            "..api.lora_gateway.enable_termination_on_lora_gateway", __package__, group=group
        )
        get_lora_gateway = lazy_operation(
            "..api.lora_gateway.get_lora_gateway", __package__, group=group
        )
        list_lora_gateways = lazy_paginated_operation(
            "..api.lora_gateway.list_lora_gateways", __package__, group=group
        )
        put_lora_gateway_tags = lazy_operation(
            "..api.lora_gateway.put_lora_gateway_tags", __package__, group=group
        )
        set_lora_network_set = lazy_operation(
            "..api.lora_gateway.set_lora_network_set", __package__, group=group
        )
        terminate_lora_gateway = lazy_operation(
            "..api.lora_gateway.terminate_lora_gateway", __package__, group=group
        )
        unset_lora_network_set = lazy_operation(
            "..api.lora_gateway.unset_lora_network_set", __package__, group=group
        )

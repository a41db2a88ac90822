"""The `LoraNetworkSet` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.lora_network_set import (
        add_permission_to_lora_network_set as _add_permission_to_lora_network_set,
    )
    from ..api.lora_network_set import create_lora_network_set as _create_lora_network_set
    from ..api.lora_network_set import delete_lora_network_set as _delete_lora_network_set
    from ..api.lora_network_set import delete_lora_network_set_tag as _delete_lora_network_set_tag
    from ..api.lora_network_set import get_lora_network_set as _get_lora_network_set
    from ..api.lora_network_set import (
        list_gateways_in_lora_network_set as _list_gateways_in_lora_network_set,
    )
    from ..api.lora_network_set import list_lora_network_sets as _list_lora_network_sets
    from ..api.lora_network_set import put_lora_network_set_tags as _put_lora_network_set_tags
    from ..api.lora_network_set import (
        revoke_permission_from_lora_network_set as _revoke_permission_from_lora_network_set,
    )


class LoraNetworkSetApi(TagApi):
    """Operations of the `LoraNetworkSet` group, as `client.lora_network_set.<operation>`.

    One rate-limit group. `help(client.lora_network_set.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        add_permission_to_lora_network_set: Adds permission to a LoRaWAN network set
        create_lora_network_set: Create a LoRaWAN network set
        delete_lora_network_set: Delete LoRaWAN network set
        delete_lora_network_set_tag: Delete LoRaWAN network set tag
        get_lora_network_set: Get LoRaWAN network set
        list_gateways_in_lora_network_set: List LoRaWAN Gateways in a Network Set (paginated)
        list_lora_network_sets: List LoRaWAN Network Sets (paginated)
        put_lora_network_set_tags: Bulk Insert or Update LoRaWAN network set tags
        revoke_permission_from_lora_network_set: Revokes a permission from a LoRaWAN network set
    """

    group = "LoraNetworkSet"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        add_permission_to_lora_network_set = operation(
            _add_permission_to_lora_network_set.SPEC,
            _add_permission_to_lora_network_set.build,
            _add_permission_to_lora_network_set.parse,
        )
        create_lora_network_set = operation(
            _create_lora_network_set.SPEC,
            _create_lora_network_set.build,
            _create_lora_network_set.parse,
        )
        delete_lora_network_set = operation(
            _delete_lora_network_set.SPEC,
            _delete_lora_network_set.build,
            _delete_lora_network_set.parse,
        )
        delete_lora_network_set_tag = operation(
            _delete_lora_network_set_tag.SPEC,
            _delete_lora_network_set_tag.build,
            _delete_lora_network_set_tag.parse,
        )
        get_lora_network_set = operation(
            _get_lora_network_set.SPEC, _get_lora_network_set.build, _get_lora_network_set.parse
        )
        list_gateways_in_lora_network_set = paginated_operation(
            _list_gateways_in_lora_network_set.SPEC,
            _list_gateways_in_lora_network_set.build,
            _list_gateways_in_lora_network_set.parse,
            items=_list_gateways_in_lora_network_set.items,
            paging=_list_gateways_in_lora_network_set.paging,
        )
        list_lora_network_sets = paginated_operation(
            _list_lora_network_sets.SPEC,
            _list_lora_network_sets.build,
            _list_lora_network_sets.parse,
            items=_list_lora_network_sets.items,
            paging=_list_lora_network_sets.paging,
        )
        put_lora_network_set_tags = operation(
            _put_lora_network_set_tags.SPEC,
            _put_lora_network_set_tags.build,
            _put_lora_network_set_tags.parse,
        )
        revoke_permission_from_lora_network_set = operation(
            _revoke_permission_from_lora_network_set.SPEC,
            _revoke_permission_from_lora_network_set.build,
            _revoke_permission_from_lora_network_set.parse,
        )
    else:
        add_permission_to_lora_network_set = lazy_operation(
            "..api.lora_network_set.add_permission_to_lora_network_set", __package__, group=group
        )
        create_lora_network_set = lazy_operation(
            "..api.lora_network_set.create_lora_network_set", __package__, group=group
        )
        delete_lora_network_set = lazy_operation(
            "..api.lora_network_set.delete_lora_network_set", __package__, group=group
        )
        delete_lora_network_set_tag = lazy_operation(
            "..api.lora_network_set.delete_lora_network_set_tag", __package__, group=group
        )
        get_lora_network_set = lazy_operation(
            "..api.lora_network_set.get_lora_network_set", __package__, group=group
        )
        list_gateways_in_lora_network_set = lazy_paginated_operation(
            "..api.lora_network_set.list_gateways_in_lora_network_set", __package__, group=group
        )
        list_lora_network_sets = lazy_paginated_operation(
            "..api.lora_network_set.list_lora_network_sets", __package__, group=group
        )
        put_lora_network_set_tags = lazy_operation(
            "..api.lora_network_set.put_lora_network_set_tags", __package__, group=group
        )
        revoke_permission_from_lora_network_set = lazy_operation(
            "..api.lora_network_set.revoke_permission_from_lora_network_set",
            __package__,
            group=group,
        )

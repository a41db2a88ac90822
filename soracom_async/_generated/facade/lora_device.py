"""The `LoraDevice` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.lora_device import delete_lora_device_tag as _delete_lora_device_tag
    from ..api.lora_device import (
        disable_termination_on_lora_device as _disable_termination_on_lora_device,
    )
    from ..api.lora_device import (
        enable_termination_on_lora_device as _enable_termination_on_lora_device,
    )
    from ..api.lora_device import get_data_from_lora_device as _get_data_from_lora_device
    from ..api.lora_device import get_lora_device as _get_lora_device
    from ..api.lora_device import list_lora_devices as _list_lora_devices
    from ..api.lora_device import put_lora_device_tags as _put_lora_device_tags
    from ..api.lora_device import register_lora_device as _register_lora_device
    from ..api.lora_device import send_data_to_lora_device as _send_data_to_lora_device
    from ..api.lora_device import set_lora_device_group as _set_lora_device_group
    from ..api.lora_device import terminate_lora_device as _terminate_lora_device
    from ..api.lora_device import unset_lora_device_group as _unset_lora_device_group


class LoraDeviceApi(TagApi):
    """Operations of the `LoraDevice` group, as `client.lora_device.<operation>`.

    One rate-limit group. `help(client.lora_device.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_lora_device_tag: Delete LoRaWAN device Tag.
        disable_termination_on_lora_device: Disable Termination of LoRaWAN device.
        enable_termination_on_lora_device: Enable Termination of LoRaWAN device.
        get_data_from_lora_device: Retrieves data sent from a LoRaWAN device to Harvest Data
            (paginated)
        get_lora_device: Get LoRaWAN device.
        list_lora_devices: List LoRaWAN devices. (paginated)
        put_lora_device_tags: Bulk Insert or Update LoRaWAN device Tags.
        register_lora_device: Register LoRaWAN device.
        send_data_to_lora_device: Send data to a LoRaWAN device.
        set_lora_device_group: Adds a LoRaWAN device to a LoRaWAN group
        terminate_lora_device: Terminate LoRaWAN device.
        unset_lora_device_group: Removes a LoRaWAN device from a LoRaWAN group
    """

    group = "LoraDevice"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_lora_device_tag = operation(
            _delete_lora_device_tag.SPEC,
            _delete_lora_device_tag.build,
            _delete_lora_device_tag.parse,
        )
        disable_termination_on_lora_device = operation(
            _disable_termination_on_lora_device.SPEC,
            _disable_termination_on_lora_device.build,
            _disable_termination_on_lora_device.parse,
        )
        enable_termination_on_lora_device = operation(
            _enable_termination_on_lora_device.SPEC,
            _enable_termination_on_lora_device.build,
            _enable_termination_on_lora_device.parse,
        )
        get_data_from_lora_device = paginated_operation(
            _get_data_from_lora_device.SPEC,
            _get_data_from_lora_device.build,
            _get_data_from_lora_device.parse,
            items=_get_data_from_lora_device.items,
            paging=_get_data_from_lora_device.paging,
        )
        get_lora_device = operation(
            _get_lora_device.SPEC, _get_lora_device.build, _get_lora_device.parse
        )
        list_lora_devices = paginated_operation(
            _list_lora_devices.SPEC,
            _list_lora_devices.build,
            _list_lora_devices.parse,
            items=_list_lora_devices.items,
            paging=_list_lora_devices.paging,
        )
        put_lora_device_tags = operation(
            _put_lora_device_tags.SPEC, _put_lora_device_tags.build, _put_lora_device_tags.parse
        )
        register_lora_device = operation(
            _register_lora_device.SPEC, _register_lora_device.build, _register_lora_device.parse
        )
        send_data_to_lora_device = operation(
            _send_data_to_lora_device.SPEC,
            _send_data_to_lora_device.build,
            _send_data_to_lora_device.parse,
        )
        set_lora_device_group = operation(
            _set_lora_device_group.SPEC, _set_lora_device_group.build, _set_lora_device_group.parse
        )
        terminate_lora_device = operation(
            _terminate_lora_device.SPEC, _terminate_lora_device.build, _terminate_lora_device.parse
        )
        unset_lora_device_group = operation(
            _unset_lora_device_group.SPEC,
            _unset_lora_device_group.build,
            _unset_lora_device_group.parse,
        )
    else:
        delete_lora_device_tag = lazy_operation(
            "..api.lora_device.delete_lora_device_tag", __package__, group=group
        )
        disable_termination_on_lora_device = lazy_operation(
            "..api.lora_device.disable_termination_on_lora_device", __package__, group=group
        )
        enable_termination_on_lora_device = lazy_operation(
            "..api.lora_device.enable_termination_on_lora_device", __package__, group=group
        )
        get_data_from_lora_device = lazy_paginated_operation(
            "..api.lora_device.get_data_from_lora_device", __package__, group=group
        )
        get_lora_device = lazy_operation(
            "..api.lora_device.get_lora_device", __package__, group=group
        )
        list_lora_devices = lazy_paginated_operation(
            "..api.lora_device.list_lora_devices", __package__, group=group
        )
        put_lora_device_tags = lazy_operation(
            "..api.lora_device.put_lora_device_tags", __package__, group=group
        )
        register_lora_device = lazy_operation(
            "..api.lora_device.register_lora_device", __package__, group=group
        )
        send_data_to_lora_device = lazy_operation(
            "..api.lora_device.send_data_to_lora_device", __package__, group=group
        )
        set_lora_device_group = lazy_operation(
            "..api.lora_device.set_lora_device_group", __package__, group=group
        )
        terminate_lora_device = lazy_operation(
            "..api.lora_device.terminate_lora_device", __package__, group=group
        )
        unset_lora_device_group = lazy_operation(
            "..api.lora_device.unset_lora_device_group", __package__, group=group
        )

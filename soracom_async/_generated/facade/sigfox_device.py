"""The `SigfoxDevice` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.sigfox_device import delete_sigfox_device_tag as _delete_sigfox_device_tag
    from ..api.sigfox_device import (
        disable_termination_on_sigfox_device as _disable_termination_on_sigfox_device,
    )
    from ..api.sigfox_device import (
        enable_termination_on_sigfox_device as _enable_termination_on_sigfox_device,
    )
    from ..api.sigfox_device import get_data_from_sigfox_device as _get_data_from_sigfox_device
    from ..api.sigfox_device import get_sigfox_device as _get_sigfox_device
    from ..api.sigfox_device import list_sigfox_devices as _list_sigfox_devices
    from ..api.sigfox_device import put_sigfox_device_tags as _put_sigfox_device_tags
    from ..api.sigfox_device import register_sigfox_device as _register_sigfox_device
    from ..api.sigfox_device import send_data_to_sigfox_device as _send_data_to_sigfox_device
    from ..api.sigfox_device import set_sigfox_device_group as _set_sigfox_device_group
    from ..api.sigfox_device import terminate_sigfox_device as _terminate_sigfox_device
    from ..api.sigfox_device import unset_sigfox_device_group as _unset_sigfox_device_group


class SigfoxDeviceApi(TagApi):
    """Operations of the `SigfoxDevice` group, as `client.sigfox_device.<operation>`.

    One rate-limit group. `help(client.sigfox_device.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_sigfox_device_tag: Delete Sigfox device Tag.
        disable_termination_on_sigfox_device: Disable Termination of Sigfox device.
        enable_termination_on_sigfox_device: Enable Termination of Sigfox device.
        get_data_from_sigfox_device: Retrieves data sent from a Sigfox device to Harvest Data
            (paginated)
        get_sigfox_device: Get Sigfox device.
        list_sigfox_devices: List Sigfox devices. (paginated)
        put_sigfox_device_tags: Bulk Insert or Update Sigfox device Tags.
        register_sigfox_device: Registers a Sigfox device.
        send_data_to_sigfox_device: Send data to a Sigfox device.
        set_sigfox_device_group: Adds a Sigfox device to a Sigfox group
        terminate_sigfox_device: Terminate Sigfox device.
        unset_sigfox_device_group: Removes a Sigfox device from a Sigfox group
    """

    group = "SigfoxDevice"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_sigfox_device_tag = operation(
            _delete_sigfox_device_tag.SPEC,
            _delete_sigfox_device_tag.build,
            _delete_sigfox_device_tag.parse,
        )
        disable_termination_on_sigfox_device = operation(
            _disable_termination_on_sigfox_device.SPEC,
            _disable_termination_on_sigfox_device.build,
            _disable_termination_on_sigfox_device.parse,
        )
        enable_termination_on_sigfox_device = operation(
            _enable_termination_on_sigfox_device.SPEC,
            _enable_termination_on_sigfox_device.build,
            _enable_termination_on_sigfox_device.parse,
        )
        get_data_from_sigfox_device = paginated_operation(
            _get_data_from_sigfox_device.SPEC,
            _get_data_from_sigfox_device.build,
            _get_data_from_sigfox_device.parse,
            items=_get_data_from_sigfox_device.items,
            paging=_get_data_from_sigfox_device.paging,
        )
        get_sigfox_device = operation(
            _get_sigfox_device.SPEC, _get_sigfox_device.build, _get_sigfox_device.parse
        )
        list_sigfox_devices = paginated_operation(
            _list_sigfox_devices.SPEC,
            _list_sigfox_devices.build,
            _list_sigfox_devices.parse,
            items=_list_sigfox_devices.items,
            paging=_list_sigfox_devices.paging,
        )
        put_sigfox_device_tags = operation(
            _put_sigfox_device_tags.SPEC,
            _put_sigfox_device_tags.build,
            _put_sigfox_device_tags.parse,
        )
        register_sigfox_device = operation(
            _register_sigfox_device.SPEC,
            _register_sigfox_device.build,
            _register_sigfox_device.parse,
        )
        send_data_to_sigfox_device = operation(
            _send_data_to_sigfox_device.SPEC,
            _send_data_to_sigfox_device.build,
            _send_data_to_sigfox_device.parse,
        )
        set_sigfox_device_group = operation(
            _set_sigfox_device_group.SPEC,
            _set_sigfox_device_group.build,
            _set_sigfox_device_group.parse,
        )
        terminate_sigfox_device = operation(
            _terminate_sigfox_device.SPEC,
            _terminate_sigfox_device.build,
            _terminate_sigfox_device.parse,
        )
        unset_sigfox_device_group = operation(
            _unset_sigfox_device_group.SPEC,
            _unset_sigfox_device_group.build,
            _unset_sigfox_device_group.parse,
        )
    else:
        delete_sigfox_device_tag = lazy_operation(
            "..api.sigfox_device.delete_sigfox_device_tag", __package__, group=group
        )
        disable_termination_on_sigfox_device = lazy_operation(
            "..api.sigfox_device.disable_termination_on_sigfox_device", __package__, group=group
        )
        enable_termination_on_sigfox_device = lazy_operation(
            "..api.sigfox_device.enable_termination_on_sigfox_device", __package__, group=group
        )
        get_data_from_sigfox_device = lazy_paginated_operation(
            "..api.sigfox_device.get_data_from_sigfox_device", __package__, group=group
        )
        get_sigfox_device = lazy_operation(
            "..api.sigfox_device.get_sigfox_device", __package__, group=group
        )
        list_sigfox_devices = lazy_paginated_operation(
            "..api.sigfox_device.list_sigfox_devices", __package__, group=group
        )
        put_sigfox_device_tags = lazy_operation(
            "..api.sigfox_device.put_sigfox_device_tags", __package__, group=group
        )
        register_sigfox_device = lazy_operation(
            "..api.sigfox_device.register_sigfox_device", __package__, group=group
        )
        send_data_to_sigfox_device = lazy_operation(
            "..api.sigfox_device.send_data_to_sigfox_device", __package__, group=group
        )
        set_sigfox_device_group = lazy_operation(
            "..api.sigfox_device.set_sigfox_device_group", __package__, group=group
        )
        terminate_sigfox_device = lazy_operation(
            "..api.sigfox_device.terminate_sigfox_device", __package__, group=group
        )
        unset_sigfox_device_group = lazy_operation(
            "..api.sigfox_device.unset_sigfox_device_group", __package__, group=group
        )

"""The `Device` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.device import create_device as _create_device
    from ..api.device import delete_device as _delete_device
    from ..api.device import delete_device_tag as _delete_device_tag
    from ..api.device import execute_device_resource as _execute_device_resource
    from ..api.device import get_data_from_device as _get_data_from_device
    from ..api.device import get_device as _get_device
    from ..api.device import list_devices as _list_devices
    from ..api.device import observe_device_resource as _observe_device_resource
    from ..api.device import observe_device_resources as _observe_device_resources
    from ..api.device import put_device_tags as _put_device_tags
    from ..api.device import read_device_resource as _read_device_resource
    from ..api.device import read_device_resources as _read_device_resources
    from ..api.device import set_device_group as _set_device_group
    from ..api.device import unobserve_device_resource as _unobserve_device_resource
    from ..api.device import unobserve_device_resources as _unobserve_device_resources
    from ..api.device import unset_device_group as _unset_device_group
    from ..api.device import write_device_resource as _write_device_resource


class DeviceApi(TagApi):
    """Operations of the `Device` group, as `client.device.<operation>`.

    One rate-limit group. `help(client.device.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_device: Creates a new Device
        delete_device: Delete Device
        delete_device_tag: Delete device tag
        execute_device_resource: Executes a resource of a device
        get_data_from_device: Retrieves data sent from an Inventory device to Harvest Data
            (paginated)
        get_device: Returns a Device identified by device ID
        list_devices: Returns a list of Devices (paginated)
        observe_device_resource: Triggers observation of the specified resource of a device
        observe_device_resources: Triggers observation of resources under an object instance of
            a device
        put_device_tags: Updates device tags
        read_device_resource: Get the specified resource of a device
        read_device_resources: Get resources under an object instance of a device
        set_device_group: Adds an Inventory device to an Inventory group
        unobserve_device_resource: Stops observation of a resource of a device
        unobserve_device_resources: Stops observation of resources under an object instance of a
            device
        unset_device_group: Removes an Inventory device from an Inventory group
        write_device_resource: Write value to a resource of a device
    """

    group = "Device"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_device = operation(_create_device.SPEC, _create_device.build, _create_device.parse)
        delete_device = operation(_delete_device.SPEC, _delete_device.build, _delete_device.parse)
        delete_device_tag = operation(
            _delete_device_tag.SPEC, _delete_device_tag.build, _delete_device_tag.parse
        )
        execute_device_resource = operation(
            _execute_device_resource.SPEC,
            _execute_device_resource.build,
            _execute_device_resource.parse,
        )
        get_data_from_device = paginated_operation(
            _get_data_from_device.SPEC,
            _get_data_from_device.build,
            _get_data_from_device.parse,
            items=_get_data_from_device.items,
            paging=_get_data_from_device.paging,
        )
        get_device = operation(_get_device.SPEC, _get_device.build, _get_device.parse)
        list_devices = paginated_operation(
            _list_devices.SPEC,
            _list_devices.build,
            _list_devices.parse,
            items=_list_devices.items,
            paging=_list_devices.paging,
        )
        observe_device_resource = operation(
            _observe_device_resource.SPEC,
            _observe_device_resource.build,
            _observe_device_resource.parse,
        )
        observe_device_resources = operation(
            _observe_device_resources.SPEC,
            _observe_device_resources.build,
            _observe_device_resources.parse,
        )
        put_device_tags = operation(
            _put_device_tags.SPEC, _put_device_tags.build, _put_device_tags.parse
        )
        read_device_resource = operation(
            _read_device_resource.SPEC, _read_device_resource.build, _read_device_resource.parse
        )
        read_device_resources = operation(
            _read_device_resources.SPEC, _read_device_resources.build, _read_device_resources.parse
        )
        set_device_group = operation(
            _set_device_group.SPEC, _set_device_group.build, _set_device_group.parse
        )
        unobserve_device_resource = operation(
            _unobserve_device_resource.SPEC,
            _unobserve_device_resource.build,
            _unobserve_device_resource.parse,
        )
        unobserve_device_resources = operation(
            _unobserve_device_resources.SPEC,
            _unobserve_device_resources.build,
            _unobserve_device_resources.parse,
        )
        unset_device_group = operation(
            _unset_device_group.SPEC, _unset_device_group.build, _unset_device_group.parse
        )
        write_device_resource = operation(
            _write_device_resource.SPEC, _write_device_resource.build, _write_device_resource.parse
        )
    else:
        create_device = lazy_operation("..api.device.create_device", __package__, group=group)
        delete_device = lazy_operation("..api.device.delete_device", __package__, group=group)
        delete_device_tag = lazy_operation(
            "..api.device.delete_device_tag", __package__, group=group
        )
        execute_device_resource = lazy_operation(
            "..api.device.execute_device_resource", __package__, group=group
        )
        get_data_from_device = lazy_paginated_operation(
            "..api.device.get_data_from_device", __package__, group=group
        )
        get_device = lazy_operation("..api.device.get_device", __package__, group=group)
        list_devices = lazy_paginated_operation(
            "..api.device.list_devices", __package__, group=group
        )
        observe_device_resource = lazy_operation(
            "..api.device.observe_device_resource", __package__, group=group
        )
        observe_device_resources = lazy_operation(
            "..api.device.observe_device_resources", __package__, group=group
        )
        put_device_tags = lazy_operation("..api.device.put_device_tags", __package__, group=group)
        read_device_resource = lazy_operation(
            "..api.device.read_device_resource", __package__, group=group
        )
        read_device_resources = lazy_operation(
            "..api.device.read_device_resources", __package__, group=group
        )
        set_device_group = lazy_operation("..api.device.set_device_group", __package__, group=group)
        unobserve_device_resource = lazy_operation(
            "..api.device.unobserve_device_resource", __package__, group=group
        )
        unobserve_device_resources = lazy_operation(
            "..api.device.unobserve_device_resources", __package__, group=group
        )
        unset_device_group = lazy_operation(
            "..api.device.unset_device_group", __package__, group=group
        )
        write_device_resource = lazy_operation(
            "..api.device.write_device_resource", __package__, group=group
        )

"""The `Device` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
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
    """Operations of the `Device` group, as `client.device.<operation>`."""

    group = "Device"

    create_device = operation(
        _create_device.build, _create_device.parse, "createDevice", "POST", "/devices"
    )
    delete_device = operation(
        _delete_device.build, _delete_device.parse, "deleteDevice", "DELETE", "/devices/{device_id}"
    )
    delete_device_tag = operation(
        _delete_device_tag.build,
        _delete_device_tag.parse,
        "deleteDeviceTag",
        "DELETE",
        "/devices/{device_id}/tags/{tag_name}",
    )
    execute_device_resource = operation(
        _execute_device_resource.build,
        _execute_device_resource.parse,
        "executeDeviceResource",
        "POST",
        "/devices/{device_id}/{object}/{instance}/{resource}/execute",
    )
    get_data_from_device = paginated_operation(
        _get_data_from_device.build,
        _get_data_from_device.parse,
        "getDataFromDevice",
        "GET",
        "/devices/{device_id}/data",
    )
    get_device = operation(
        _get_device.build, _get_device.parse, "getDevice", "GET", "/devices/{device_id}"
    )
    list_devices = paginated_operation(
        _list_devices.build, _list_devices.parse, "listDevices", "GET", "/devices"
    )
    observe_device_resource = operation(
        _observe_device_resource.build,
        _observe_device_resource.parse,
        "observeDeviceResource",
        "POST",
        "/devices/{device_id}/{object}/{instance}/{resource}/observe",
    )
    observe_device_resources = operation(
        _observe_device_resources.build,
        _observe_device_resources.parse,
        "observeDeviceResources",
        "POST",
        "/devices/{device_id}/{object}/{instance}/observe",
    )
    put_device_tags = operation(
        _put_device_tags.build,
        _put_device_tags.parse,
        "putDeviceTags",
        "PUT",
        "/devices/{device_id}/tags",
    )
    read_device_resource = operation(
        _read_device_resource.build,
        _read_device_resource.parse,
        "readDeviceResource",
        "GET",
        "/devices/{device_id}/{object}/{instance}/{resource}",
    )
    read_device_resources = operation(
        _read_device_resources.build,
        _read_device_resources.parse,
        "readDeviceResources",
        "GET",
        "/devices/{device_id}/{object}/{instance}",
    )
    set_device_group = operation(
        _set_device_group.build,
        _set_device_group.parse,
        "setDeviceGroup",
        "POST",
        "/devices/{device_id}/set_group",
    )
    unobserve_device_resource = operation(
        _unobserve_device_resource.build,
        _unobserve_device_resource.parse,
        "unobserveDeviceResource",
        "POST",
        "/devices/{device_id}/{object}/{instance}/{resource}/unobserve",
    )
    unobserve_device_resources = operation(
        _unobserve_device_resources.build,
        _unobserve_device_resources.parse,
        "unobserveDeviceResources",
        "POST",
        "/devices/{device_id}/{object}/{instance}/unobserve",
    )
    unset_device_group = operation(
        _unset_device_group.build,
        _unset_device_group.parse,
        "unsetDeviceGroup",
        "POST",
        "/devices/{device_id}/unset_group",
    )
    write_device_resource = operation(
        _write_device_resource.build,
        _write_device_resource.parse,
        "writeDeviceResource",
        "PUT",
        "/devices/{device_id}/{object}/{instance}/{resource}",
    )

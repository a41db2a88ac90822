"""The `SigfoxDevice` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
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
    """Operations of the `SigfoxDevice` group, as `client.sigfox_device.<operation>`."""

    group = "SigfoxDevice"

    delete_sigfox_device_tag = operation(
        _delete_sigfox_device_tag.build,
        _delete_sigfox_device_tag.parse,
        "deleteSigfoxDeviceTag",
        "DELETE",
        "/sigfox_devices/{device_id}/tags/{tag_name}",
    )
    disable_termination_on_sigfox_device = operation(
        _disable_termination_on_sigfox_device.build,
        _disable_termination_on_sigfox_device.parse,
        "disableTerminationOnSigfoxDevice",
        "POST",
        "/sigfox_devices/{device_id}/disable_termination",
    )
    enable_termination_on_sigfox_device = operation(
        _enable_termination_on_sigfox_device.build,
        _enable_termination_on_sigfox_device.parse,
        "enableTerminationOnSigfoxDevice",
        "POST",
        "/sigfox_devices/{device_id}/enable_termination",
    )
    get_data_from_sigfox_device = paginated_operation(
        _get_data_from_sigfox_device.build,
        _get_data_from_sigfox_device.parse,
        "getDataFromSigfoxDevice",
        "GET",
        "/sigfox_devices/{device_id}/data",
    )
    get_sigfox_device = operation(
        _get_sigfox_device.build,
        _get_sigfox_device.parse,
        "getSigfoxDevice",
        "GET",
        "/sigfox_devices/{device_id}",
    )
    list_sigfox_devices = paginated_operation(
        _list_sigfox_devices.build,
        _list_sigfox_devices.parse,
        "listSigfoxDevices",
        "GET",
        "/sigfox_devices",
    )
    put_sigfox_device_tags = operation(
        _put_sigfox_device_tags.build,
        _put_sigfox_device_tags.parse,
        "putSigfoxDeviceTags",
        "PUT",
        "/sigfox_devices/{device_id}/tags",
    )
    register_sigfox_device = operation(
        _register_sigfox_device.build,
        _register_sigfox_device.parse,
        "registerSigfoxDevice",
        "POST",
        "/sigfox_devices/{device_id}/register",
    )
    send_data_to_sigfox_device = operation(
        _send_data_to_sigfox_device.build,
        _send_data_to_sigfox_device.parse,
        "sendDataToSigfoxDevice",
        "POST",
        "/sigfox_devices/{device_id}/data",
    )
    set_sigfox_device_group = operation(
        _set_sigfox_device_group.build,
        _set_sigfox_device_group.parse,
        "setSigfoxDeviceGroup",
        "POST",
        "/sigfox_devices/{device_id}/set_group",
    )
    terminate_sigfox_device = operation(
        _terminate_sigfox_device.build,
        _terminate_sigfox_device.parse,
        "terminateSigfoxDevice",
        "POST",
        "/sigfox_devices/{device_id}/terminate",
    )
    unset_sigfox_device_group = operation(
        _unset_sigfox_device_group.build,
        _unset_sigfox_device_group.parse,
        "unsetSigfoxDeviceGroup",
        "POST",
        "/sigfox_devices/{device_id}/unset_group",
    )

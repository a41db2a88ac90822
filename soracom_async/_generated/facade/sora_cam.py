"""The `SoraCam` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.sora_cam import (
    assign_sora_cam_device_atom_cam_license as _assign_sora_cam_device_atom_cam_license,
)
from ..api.sora_cam import create_sora_cam_device_data_entry as _create_sora_cam_device_data_entry
from ..api.sora_cam import (
    delete_sora_cam_device_export_usage_limit_override as _delete_sora_cam_device_export_usage_limit_override,
)
from ..api.sora_cam import (
    export_sora_cam_device_recorded_image as _export_sora_cam_device_recorded_image,
)
from ..api.sora_cam import (
    export_sora_cam_device_recorded_video as _export_sora_cam_device_recorded_video,
)
from ..api.sora_cam import get_sora_cam_device as _get_sora_cam_device
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_firmware_update as _get_sora_cam_device_atom_cam_firmware_update,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_live_image as _get_sora_cam_device_atom_cam_live_image,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_options as _get_sora_cam_device_atom_cam_options,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings as _get_sora_cam_device_atom_cam_settings,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_logo as _get_sora_cam_device_atom_cam_settings_logo,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_motion as _get_sora_cam_device_atom_cam_settings_motion,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_motion_sensitivity as _get_sora_cam_device_atom_cam_settings_motion_sensitivity,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_motion_tagging as _get_sora_cam_device_atom_cam_settings_motion_tagging,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_night_vision as _get_sora_cam_device_atom_cam_settings_night_vision,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_quality as _get_sora_cam_device_atom_cam_settings_quality,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_rotation as _get_sora_cam_device_atom_cam_settings_rotation,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_self_reboot as _get_sora_cam_device_atom_cam_settings_self_reboot,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_sound as _get_sora_cam_device_atom_cam_settings_sound,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_sound_sensitivity as _get_sora_cam_device_atom_cam_settings_sound_sensitivity,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_status_light as _get_sora_cam_device_atom_cam_settings_status_light,
)
from ..api.sora_cam import (
    get_sora_cam_device_atom_cam_settings_timestamp as _get_sora_cam_device_atom_cam_settings_timestamp,
)
from ..api.sora_cam import get_sora_cam_device_export_usage as _get_sora_cam_device_export_usage
from ..api.sora_cam import get_sora_cam_device_exported_image as _get_sora_cam_device_exported_image
from ..api.sora_cam import get_sora_cam_device_exported_video as _get_sora_cam_device_exported_video
from ..api.sora_cam import get_sora_cam_device_name as _get_sora_cam_device_name
from ..api.sora_cam import get_sora_cam_device_power_state as _get_sora_cam_device_power_state
from ..api.sora_cam import (
    get_sora_cam_device_streaming_video as _get_sora_cam_device_streaming_video,
)
from ..api.sora_cam import handle_delete_sora_cam_device as _handle_delete_sora_cam_device
from ..api.sora_cam import (
    list_sora_cam_device_atom_cam_firmware_updates as _list_sora_cam_device_atom_cam_firmware_updates,
)
from ..api.sora_cam import list_sora_cam_device_events as _list_sora_cam_device_events
from ..api.sora_cam import (
    list_sora_cam_device_events_for_device as _list_sora_cam_device_events_for_device,
)
from ..api.sora_cam import list_sora_cam_device_image_exports as _list_sora_cam_device_image_exports
from ..api.sora_cam import (
    list_sora_cam_device_image_exports_for_device as _list_sora_cam_device_image_exports_for_device,
)
from ..api.sora_cam import (
    list_sora_cam_device_recordings_and_events as _list_sora_cam_device_recordings_and_events,
)
from ..api.sora_cam import list_sora_cam_device_video_exports as _list_sora_cam_device_video_exports
from ..api.sora_cam import (
    list_sora_cam_device_video_exports_for_device as _list_sora_cam_device_video_exports_for_device,
)
from ..api.sora_cam import list_sora_cam_devices as _list_sora_cam_devices
from ..api.sora_cam import list_sora_cam_license_packs as _list_sora_cam_license_packs
from ..api.sora_cam import reboot_sora_cam_device as _reboot_sora_cam_device
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_logo as _set_sora_cam_device_atom_cam_settings_logo,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_motion as _set_sora_cam_device_atom_cam_settings_motion,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_motion_sensitivity as _set_sora_cam_device_atom_cam_settings_motion_sensitivity,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_motion_tagging as _set_sora_cam_device_atom_cam_settings_motion_tagging,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_night_vision as _set_sora_cam_device_atom_cam_settings_night_vision,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_quality as _set_sora_cam_device_atom_cam_settings_quality,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_rotation as _set_sora_cam_device_atom_cam_settings_rotation,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_self_reboot as _set_sora_cam_device_atom_cam_settings_self_reboot,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_sound as _set_sora_cam_device_atom_cam_settings_sound,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_sound_sensitivity as _set_sora_cam_device_atom_cam_settings_sound_sensitivity,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_status_light as _set_sora_cam_device_atom_cam_settings_status_light,
)
from ..api.sora_cam import (
    set_sora_cam_device_atom_cam_settings_timestamp as _set_sora_cam_device_atom_cam_settings_timestamp,
)
from ..api.sora_cam import set_sora_cam_device_name as _set_sora_cam_device_name
from ..api.sora_cam import set_sora_cam_device_power_state as _set_sora_cam_device_power_state
from ..api.sora_cam import (
    unassign_sora_cam_device_atom_cam_license as _unassign_sora_cam_device_atom_cam_license,
)
from ..api.sora_cam import (
    update_sora_cam_device_atom_cam_firmware as _update_sora_cam_device_atom_cam_firmware,
)
from ..api.sora_cam import (
    update_sora_cam_device_atom_cam_options_real_time_access as _update_sora_cam_device_atom_cam_options_real_time_access,
)
from ..api.sora_cam import update_sora_cam_device_data_entry as _update_sora_cam_device_data_entry
from ..api.sora_cam import (
    update_sora_cam_device_export_usage_limit_override as _update_sora_cam_device_export_usage_limit_override,
)
from ..api.sora_cam import (
    update_sora_cam_license_pack_quantity as _update_sora_cam_license_pack_quantity,
)


class SoraCamApi(TagApi):
    """Operations of the `SoraCam` group, as `client.sora_cam.<operation>`."""

    group = "SoraCam"

    assign_sora_cam_device_atom_cam_license = operation(
        _assign_sora_cam_device_atom_cam_license.build,
        _assign_sora_cam_device_atom_cam_license.parse,
        "assignSoraCamDeviceAtomCamLicense",
        "PUT",
        "/sora_cam/devices/{device_id}/atom_cam/license",
    )
    create_sora_cam_device_data_entry = operation(
        _create_sora_cam_device_data_entry.build,
        _create_sora_cam_device_data_entry.parse,
        "createSoraCamDeviceDataEntry",
        "POST",
        "/sora_cam/devices/{device_id}/data",
    )
    delete_sora_cam_device_export_usage_limit_override = operation(
        _delete_sora_cam_device_export_usage_limit_override.build,
        _delete_sora_cam_device_export_usage_limit_override.parse,
        "deleteSoraCamDeviceExportUsageLimitOverride",
        "DELETE",
        "/sora_cam/devices/{device_id}/exports/usage/limit_override",
    )
    export_sora_cam_device_recorded_image = operation(
        _export_sora_cam_device_recorded_image.build,
        _export_sora_cam_device_recorded_image.parse,
        "exportSoraCamDeviceRecordedImage",
        "POST",
        "/sora_cam/devices/{device_id}/images/exports",
    )
    export_sora_cam_device_recorded_video = operation(
        _export_sora_cam_device_recorded_video.build,
        _export_sora_cam_device_recorded_video.parse,
        "exportSoraCamDeviceRecordedVideo",
        "POST",
        "/sora_cam/devices/{device_id}/videos/exports",
    )
    get_sora_cam_device = operation(
        _get_sora_cam_device.build,
        _get_sora_cam_device.parse,
        "getSoraCamDevice",
        "GET",
        "/sora_cam/devices/{device_id}",
    )
    get_sora_cam_device_atom_cam_firmware_update = operation(
        _get_sora_cam_device_atom_cam_firmware_update.build,
        _get_sora_cam_device_atom_cam_firmware_update.parse,
        "getSoraCamDeviceAtomCamFirmwareUpdate",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/firmware/update",
    )
    get_sora_cam_device_atom_cam_live_image = operation(
        _get_sora_cam_device_atom_cam_live_image.build,
        _get_sora_cam_device_atom_cam_live_image.parse,
        "getSoraCamDeviceAtomCamLiveImage",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/live_image",
    )
    get_sora_cam_device_atom_cam_options = operation(
        _get_sora_cam_device_atom_cam_options.build,
        _get_sora_cam_device_atom_cam_options.parse,
        "getSoraCamDeviceAtomCamOptions",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/options",
    )
    get_sora_cam_device_atom_cam_settings = operation(
        _get_sora_cam_device_atom_cam_settings.build,
        _get_sora_cam_device_atom_cam_settings.parse,
        "getSoraCamDeviceAtomCamSettings",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings",
    )
    get_sora_cam_device_atom_cam_settings_logo = operation(
        _get_sora_cam_device_atom_cam_settings_logo.build,
        _get_sora_cam_device_atom_cam_settings_logo.parse,
        "getSoraCamDeviceAtomCamSettingsLogo",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/logo",
    )
    get_sora_cam_device_atom_cam_settings_motion = operation(
        _get_sora_cam_device_atom_cam_settings_motion.build,
        _get_sora_cam_device_atom_cam_settings_motion.parse,
        "getSoraCamDeviceAtomCamSettingsMotion",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion",
    )
    get_sora_cam_device_atom_cam_settings_motion_sensitivity = operation(
        _get_sora_cam_device_atom_cam_settings_motion_sensitivity.build,
        _get_sora_cam_device_atom_cam_settings_motion_sensitivity.parse,
        "getSoraCamDeviceAtomCamSettingsMotionSensitivity",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion_sensitivity",
    )
    get_sora_cam_device_atom_cam_settings_motion_tagging = operation(
        _get_sora_cam_device_atom_cam_settings_motion_tagging.build,
        _get_sora_cam_device_atom_cam_settings_motion_tagging.parse,
        "getSoraCamDeviceAtomCamSettingsMotionTagging",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion_tagging",
    )
    get_sora_cam_device_atom_cam_settings_night_vision = operation(
        _get_sora_cam_device_atom_cam_settings_night_vision.build,
        _get_sora_cam_device_atom_cam_settings_night_vision.parse,
        "getSoraCamDeviceAtomCamSettingsNightVision",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/night_vision",
    )
    get_sora_cam_device_atom_cam_settings_quality = operation(
        _get_sora_cam_device_atom_cam_settings_quality.build,
        _get_sora_cam_device_atom_cam_settings_quality.parse,
        "getSoraCamDeviceAtomCamSettingsQuality",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/quality",
    )
    get_sora_cam_device_atom_cam_settings_rotation = operation(
        _get_sora_cam_device_atom_cam_settings_rotation.build,
        _get_sora_cam_device_atom_cam_settings_rotation.parse,
        "getSoraCamDeviceAtomCamSettingsRotation",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/rotation",
    )
    get_sora_cam_device_atom_cam_settings_self_reboot = operation(
        _get_sora_cam_device_atom_cam_settings_self_reboot.build,
        _get_sora_cam_device_atom_cam_settings_self_reboot.parse,
        "getSoraCamDeviceAtomCamSettingsSelfReboot",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/self_reboot",
    )
    get_sora_cam_device_atom_cam_settings_sound = operation(
        _get_sora_cam_device_atom_cam_settings_sound.build,
        _get_sora_cam_device_atom_cam_settings_sound.parse,
        "getSoraCamDeviceAtomCamSettingsSound",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/sound",
    )
    get_sora_cam_device_atom_cam_settings_sound_sensitivity = operation(
        _get_sora_cam_device_atom_cam_settings_sound_sensitivity.build,
        _get_sora_cam_device_atom_cam_settings_sound_sensitivity.parse,
        "getSoraCamDeviceAtomCamSettingsSoundSensitivity",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/sound_sensitivity",
    )
    get_sora_cam_device_atom_cam_settings_status_light = operation(
        _get_sora_cam_device_atom_cam_settings_status_light.build,
        _get_sora_cam_device_atom_cam_settings_status_light.parse,
        "getSoraCamDeviceAtomCamSettingsStatusLight",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/status_light",
    )
    get_sora_cam_device_atom_cam_settings_timestamp = operation(
        _get_sora_cam_device_atom_cam_settings_timestamp.build,
        _get_sora_cam_device_atom_cam_settings_timestamp.parse,
        "getSoraCamDeviceAtomCamSettingsTimestamp",
        "GET",
        "/sora_cam/devices/{device_id}/atom_cam/settings/timestamp",
    )
    get_sora_cam_device_export_usage = operation(
        _get_sora_cam_device_export_usage.build,
        _get_sora_cam_device_export_usage.parse,
        "getSoraCamDeviceExportUsage",
        "GET",
        "/sora_cam/devices/{device_id}/exports/usage",
    )
    get_sora_cam_device_exported_image = operation(
        _get_sora_cam_device_exported_image.build,
        _get_sora_cam_device_exported_image.parse,
        "getSoraCamDeviceExportedImage",
        "GET",
        "/sora_cam/devices/{device_id}/images/exports/{export_id}",
    )
    get_sora_cam_device_exported_video = operation(
        _get_sora_cam_device_exported_video.build,
        _get_sora_cam_device_exported_video.parse,
        "getSoraCamDeviceExportedVideo",
        "GET",
        "/sora_cam/devices/{device_id}/videos/exports/{export_id}",
    )
    get_sora_cam_device_name = operation(
        _get_sora_cam_device_name.build,
        _get_sora_cam_device_name.parse,
        "getSoraCamDeviceName",
        "GET",
        "/sora_cam/devices/{device_id}/name",
    )
    get_sora_cam_device_power_state = operation(
        _get_sora_cam_device_power_state.build,
        _get_sora_cam_device_power_state.parse,
        "getSoraCamDevicePowerState",
        "GET",
        "/sora_cam/devices/{device_id}/power_state",
    )
    get_sora_cam_device_streaming_video = operation(
        _get_sora_cam_device_streaming_video.build,
        _get_sora_cam_device_streaming_video.parse,
        "getSoraCamDeviceStreamingVideo",
        "GET",
        "/sora_cam/devices/{device_id}/stream",
    )
    handle_delete_sora_cam_device = operation(
        _handle_delete_sora_cam_device.build,
        _handle_delete_sora_cam_device.parse,
        "handleDeleteSoraCamDevice",
        "DELETE",
        "/sora_cam/devices/{device_id}",
    )
    list_sora_cam_device_atom_cam_firmware_updates = operation(
        _list_sora_cam_device_atom_cam_firmware_updates.build,
        _list_sora_cam_device_atom_cam_firmware_updates.parse,
        "listSoraCamDeviceAtomCamFirmwareUpdates",
        "GET",
        "/sora_cam/devices/atom_cam/firmware/updates",
    )
    list_sora_cam_device_events = paginated_operation(
        _list_sora_cam_device_events.build,
        _list_sora_cam_device_events.parse,
        "listSoraCamDeviceEvents",
        "GET",
        "/sora_cam/devices/events",
    )
    list_sora_cam_device_events_for_device = paginated_operation(
        _list_sora_cam_device_events_for_device.build,
        _list_sora_cam_device_events_for_device.parse,
        "listSoraCamDeviceEventsForDevice",
        "GET",
        "/sora_cam/devices/{device_id}/events",
    )
    list_sora_cam_device_image_exports = paginated_operation(
        _list_sora_cam_device_image_exports.build,
        _list_sora_cam_device_image_exports.parse,
        "listSoraCamDeviceImageExports",
        "GET",
        "/sora_cam/devices/images/exports",
    )
    list_sora_cam_device_image_exports_for_device = paginated_operation(
        _list_sora_cam_device_image_exports_for_device.build,
        _list_sora_cam_device_image_exports_for_device.parse,
        "listSoraCamDeviceImageExportsForDevice",
        "GET",
        "/sora_cam/devices/{device_id}/images/exports",
    )
    list_sora_cam_device_recordings_and_events = paginated_operation(
        _list_sora_cam_device_recordings_and_events.build,
        _list_sora_cam_device_recordings_and_events.parse,
        "listSoraCamDeviceRecordingsAndEvents",
        "GET",
        "/sora_cam/devices/{device_id}/recordings_and_events",
        items=lambda page: [page],
    )
    list_sora_cam_device_video_exports = paginated_operation(
        _list_sora_cam_device_video_exports.build,
        _list_sora_cam_device_video_exports.parse,
        "listSoraCamDeviceVideoExports",
        "GET",
        "/sora_cam/devices/videos/exports",
    )
    list_sora_cam_device_video_exports_for_device = paginated_operation(
        _list_sora_cam_device_video_exports_for_device.build,
        _list_sora_cam_device_video_exports_for_device.parse,
        "listSoraCamDeviceVideoExportsForDevice",
        "GET",
        "/sora_cam/devices/{device_id}/videos/exports",
    )
    list_sora_cam_devices = operation(
        _list_sora_cam_devices.build,
        _list_sora_cam_devices.parse,
        "listSoraCamDevices",
        "GET",
        "/sora_cam/devices",
    )
    list_sora_cam_license_packs = operation(
        _list_sora_cam_license_packs.build,
        _list_sora_cam_license_packs.parse,
        "listSoraCamLicensePacks",
        "GET",
        "/sora_cam/license_packs",
    )
    reboot_sora_cam_device = operation(
        _reboot_sora_cam_device.build,
        _reboot_sora_cam_device.parse,
        "rebootSoraCamDevice",
        "POST",
        "/sora_cam/devices/{device_id}/reboot",
    )
    set_sora_cam_device_atom_cam_settings_logo = operation(
        _set_sora_cam_device_atom_cam_settings_logo.build,
        _set_sora_cam_device_atom_cam_settings_logo.parse,
        "setSoraCamDeviceAtomCamSettingsLogo",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/logo",
    )
    set_sora_cam_device_atom_cam_settings_motion = operation(
        _set_sora_cam_device_atom_cam_settings_motion.build,
        _set_sora_cam_device_atom_cam_settings_motion.parse,
        "setSoraCamDeviceAtomCamSettingsMotion",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion",
    )
    set_sora_cam_device_atom_cam_settings_motion_sensitivity = operation(
        _set_sora_cam_device_atom_cam_settings_motion_sensitivity.build,
        _set_sora_cam_device_atom_cam_settings_motion_sensitivity.parse,
        "setSoraCamDeviceAtomCamSettingsMotionSensitivity",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion_sensitivity",
    )
    set_sora_cam_device_atom_cam_settings_motion_tagging = operation(
        _set_sora_cam_device_atom_cam_settings_motion_tagging.build,
        _set_sora_cam_device_atom_cam_settings_motion_tagging.parse,
        "setSoraCamDeviceAtomCamSettingsMotionTagging",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/motion_tagging",
    )
    set_sora_cam_device_atom_cam_settings_night_vision = operation(
        _set_sora_cam_device_atom_cam_settings_night_vision.build,
        _set_sora_cam_device_atom_cam_settings_night_vision.parse,
        "setSoraCamDeviceAtomCamSettingsNightVision",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/night_vision",
    )
    set_sora_cam_device_atom_cam_settings_quality = operation(
        _set_sora_cam_device_atom_cam_settings_quality.build,
        _set_sora_cam_device_atom_cam_settings_quality.parse,
        "setSoraCamDeviceAtomCamSettingsQuality",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/quality",
    )
    set_sora_cam_device_atom_cam_settings_rotation = operation(
        _set_sora_cam_device_atom_cam_settings_rotation.build,
        _set_sora_cam_device_atom_cam_settings_rotation.parse,
        "setSoraCamDeviceAtomCamSettingsRotation",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/rotation",
    )
    set_sora_cam_device_atom_cam_settings_self_reboot = operation(
        _set_sora_cam_device_atom_cam_settings_self_reboot.build,
        _set_sora_cam_device_atom_cam_settings_self_reboot.parse,
        "setSoraCamDeviceAtomCamSettingsSelfReboot",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/self_reboot",
    )
    set_sora_cam_device_atom_cam_settings_sound = operation(
        _set_sora_cam_device_atom_cam_settings_sound.build,
        _set_sora_cam_device_atom_cam_settings_sound.parse,
        "setSoraCamDeviceAtomCamSettingsSound",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/sound",
    )
    set_sora_cam_device_atom_cam_settings_sound_sensitivity = operation(
        _set_sora_cam_device_atom_cam_settings_sound_sensitivity.build,
        _set_sora_cam_device_atom_cam_settings_sound_sensitivity.parse,
        "setSoraCamDeviceAtomCamSettingsSoundSensitivity",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/sound_sensitivity",
    )
    set_sora_cam_device_atom_cam_settings_status_light = operation(
        _set_sora_cam_device_atom_cam_settings_status_light.build,
        _set_sora_cam_device_atom_cam_settings_status_light.parse,
        "setSoraCamDeviceAtomCamSettingsStatusLight",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/status_light",
    )
    set_sora_cam_device_atom_cam_settings_timestamp = operation(
        _set_sora_cam_device_atom_cam_settings_timestamp.build,
        _set_sora_cam_device_atom_cam_settings_timestamp.parse,
        "setSoraCamDeviceAtomCamSettingsTimestamp",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/settings/timestamp",
    )
    set_sora_cam_device_name = operation(
        _set_sora_cam_device_name.build,
        _set_sora_cam_device_name.parse,
        "setSoraCamDeviceName",
        "POST",
        "/sora_cam/devices/{device_id}/name",
    )
    set_sora_cam_device_power_state = operation(
        _set_sora_cam_device_power_state.build,
        _set_sora_cam_device_power_state.parse,
        "setSoraCamDevicePowerState",
        "POST",
        "/sora_cam/devices/{device_id}/power_state",
    )
    unassign_sora_cam_device_atom_cam_license = operation(
        _unassign_sora_cam_device_atom_cam_license.build,
        _unassign_sora_cam_device_atom_cam_license.parse,
        "unassignSoraCamDeviceAtomCamLicense",
        "DELETE",
        "/sora_cam/devices/{device_id}/atom_cam/license",
    )
    update_sora_cam_device_atom_cam_firmware = operation(
        _update_sora_cam_device_atom_cam_firmware.build,
        _update_sora_cam_device_atom_cam_firmware.parse,
        "updateSoraCamDeviceAtomCamFirmware",
        "POST",
        "/sora_cam/devices/{device_id}/atom_cam/firmware/update",
    )
    update_sora_cam_device_atom_cam_options_real_time_access = operation(
        _update_sora_cam_device_atom_cam_options_real_time_access.build,
        _update_sora_cam_device_atom_cam_options_real_time_access.parse,
        "updateSoraCamDeviceAtomCamOptionsRealTimeAccess",
        "PUT",
        "/sora_cam/devices/{device_id}/atom_cam/options/real_time_access",
    )
    update_sora_cam_device_data_entry = operation(
        _update_sora_cam_device_data_entry.build,
        _update_sora_cam_device_data_entry.parse,
        "updateSoraCamDeviceDataEntry",
        "PUT",
        "/sora_cam/devices/{device_id}/data/{time}",
    )
    update_sora_cam_device_export_usage_limit_override = operation(
        _update_sora_cam_device_export_usage_limit_override.build,
        _update_sora_cam_device_export_usage_limit_override.parse,
        "updateSoraCamDeviceExportUsageLimitOverride",
        "PUT",
        "/sora_cam/devices/{device_id}/exports/usage/limit_override",
    )
    update_sora_cam_license_pack_quantity = operation(
        _update_sora_cam_license_pack_quantity.build,
        _update_sora_cam_license_pack_quantity.parse,
        "updateSoraCamLicensePackQuantity",
        "PUT",
        "/sora_cam/license_packs/{license_pack_id}/quantity",
    )

"""The `SoraCam` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.sora_cam import (
        assign_sora_cam_device_atom_cam_license as _assign_sora_cam_device_atom_cam_license,
    )
    from ..api.sora_cam import (
        create_sora_cam_device_data_entry as _create_sora_cam_device_data_entry,
    )
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
    from ..api.sora_cam import (
        get_sora_cam_device_exported_image as _get_sora_cam_device_exported_image,
    )
    from ..api.sora_cam import (
        get_sora_cam_device_exported_video as _get_sora_cam_device_exported_video,
    )
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
    from ..api.sora_cam import (
        list_sora_cam_device_image_exports as _list_sora_cam_device_image_exports,
    )
    from ..api.sora_cam import (
        list_sora_cam_device_image_exports_for_device as _list_sora_cam_device_image_exports_for_device,
    )
    from ..api.sora_cam import (
        list_sora_cam_device_recordings_and_events as _list_sora_cam_device_recordings_and_events,
    )
    from ..api.sora_cam import (
        list_sora_cam_device_video_exports as _list_sora_cam_device_video_exports,
    )
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
    from ..api.sora_cam import (
        update_sora_cam_device_data_entry as _update_sora_cam_device_data_entry,
    )
    from ..api.sora_cam import (
        update_sora_cam_device_export_usage_limit_override as _update_sora_cam_device_export_usage_limit_override,
    )
    from ..api.sora_cam import (
        update_sora_cam_license_pack_quantity as _update_sora_cam_license_pack_quantity,
    )


class SoraCamApi(TagApi):
    """Operations of the `SoraCam` group, as `client.sora_cam.<operation>`.

    One rate-limit group. `help(client.sora_cam.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        assign_sora_cam_device_atom_cam_license: Update the assigned license for a SoraCam
            compatible camera device
        create_sora_cam_device_data_entry: Save arbitrary data to Harvest Data linked to a
            SoraCam compatible camera device
        delete_sora_cam_device_export_usage_limit_override: Reset the monthly limit on the
            recorded video time available for export for SoraCam compatible camera device to the
            default value.
        export_sora_cam_device_recorded_image: Start the process of exporting still images from
            recorded video saved on the cloud
        export_sora_cam_device_recorded_video: Start the process of exporting recorded video
            saved on the cloud
        get_sora_cam_device: Get the SoraCam compatible camera device information identified by
            device_id.
        get_sora_cam_device_atom_cam_firmware_update: Retrieve firmware update information for a
            SoraCam compatible camera device
        get_sora_cam_device_atom_cam_live_image: Get a live image from a SoraCam compatible
            camera device
        get_sora_cam_device_atom_cam_options: Retrieve enabled options for a SoraCam-compatible
            camera
        get_sora_cam_device_atom_cam_settings: Retrieve the camera's various settings
        get_sora_cam_device_atom_cam_settings_logo: Retrieve the display settings for the ATOM
            tech Inc. logo shown on the bottom left of the captured image
        get_sora_cam_device_atom_cam_settings_motion: Retrieve the settings for motion detection
        get_sora_cam_device_atom_cam_settings_motion_sensitivity: Retrieve the settings for
            motion sensitivity
        get_sora_cam_device_atom_cam_settings_motion_tagging: Retrieve the display settings for
            motion tagging
        get_sora_cam_device_atom_cam_settings_night_vision: Retrieve the settings for night
            vision mode
        get_sora_cam_device_atom_cam_settings_quality: Retrieve the quality settings
        get_sora_cam_device_atom_cam_settings_rotation: Retrieve the settings for rotating the
            image by 180 degrees
        get_sora_cam_device_atom_cam_settings_self_reboot: Retrieve the settings for automatic
            self reboot
        get_sora_cam_device_atom_cam_settings_sound: Retrieve the settings for sound detection
        get_sora_cam_device_atom_cam_settings_sound_sensitivity: Retrieve the settings for sound
            sensitivity
        get_sora_cam_device_atom_cam_settings_status_light: Retrieve the settings for the status
            light (indicator light that shows the status of the camera)
        get_sora_cam_device_atom_cam_settings_timestamp: Retrieve the display settings for the
            timestamp shown on the bottom right of the captured image
        get_sora_cam_device_export_usage: Get the remaining number of still images that can be
            exported and the remaining exportable time of recorded video.
        get_sora_cam_device_exported_image: Get the current status of the process of exporting
            still images from recorded video taken with a SoraCam compatible camera device
        get_sora_cam_device_exported_video: Get the current status of the process of exporting
            recorded video taken with a SoraCam compatible camera device
        get_sora_cam_device_name: Get the current name of the SoraCam compatible camera device.
        get_sora_cam_device_power_state: Get the current power state of the SoraCam compatible
            camera device.
        get_sora_cam_device_streaming_video: Get information for streaming recorded video from
            the cloud.
        handle_delete_sora_cam_device: Delete the SoraCam compatible camera device identified by
            device_id.
        list_sora_cam_device_atom_cam_firmware_updates: Retrieve a list of SoraCam compatible
            camera devices that can update the firmware
        list_sora_cam_device_events: List SoraCam events. (paginated)
        list_sora_cam_device_events_for_device: List SoraCam events for the specified device.
            (paginated)
        list_sora_cam_device_image_exports: Get a list of the current status of the process of
            exporting still image from recorded video taken with a SoraCam compatible camera device.
            (paginated)
        list_sora_cam_device_image_exports_for_device: Get a list of the current status of the
            process of exporting still image from recorded video taken with a SoraCam compatible
            camera device. (paginated)
        list_sora_cam_device_recordings_and_events: Retrieve a list of recording periods and
            events for a SoraCam compatible camera device (paginated)
        list_sora_cam_device_video_exports: Get a list of the current status of the process of
            exporting recorded video taken with a SoraCam compatible camera device. (paginated)
        list_sora_cam_device_video_exports_for_device: Get a list of the current status of the
            process of exporting recorded video taken with a SoraCam compatible camera device.
            (paginated)
        list_sora_cam_devices: List SoraCam compatible camera devices.
        list_sora_cam_license_packs: List license packs of Soracom Cloud Camera Services
        reboot_sora_cam_device: Reboot the SoraCam compatible camera device.
        set_sora_cam_device_atom_cam_settings_logo: Change the display settings for the ATOM
            tech Inc. logo shown on the bottom left of the captured image
        set_sora_cam_device_atom_cam_settings_motion: Change the settings for motion
        set_sora_cam_device_atom_cam_settings_motion_sensitivity: Change the settings for motion
            sensitivity
        set_sora_cam_device_atom_cam_settings_motion_tagging: Change the display settings for
            motion tagging
        set_sora_cam_device_atom_cam_settings_night_vision: Change the settings for night vision
            mode
        set_sora_cam_device_atom_cam_settings_quality: Change the quality settings
        set_sora_cam_device_atom_cam_settings_rotation: Change the settings for rotating the
            image by 180 degrees
        set_sora_cam_device_atom_cam_settings_self_reboot: Change the settings for automatic
            self reboot
        set_sora_cam_device_atom_cam_settings_sound: Change the settings for sound detection
        set_sora_cam_device_atom_cam_settings_sound_sensitivity: Change the settings for sound
            sensitivity
        set_sora_cam_device_atom_cam_settings_status_light: Change the settings for the status
            light (indicator light that shows the status of the camera)
        set_sora_cam_device_atom_cam_settings_timestamp: Change the display settings for the
            timestamp shown on the bottom right of the captured image
        set_sora_cam_device_name: Changes the name of the SoraCam compatible camera device.
        set_sora_cam_device_power_state: Changes the power state of the SoraCam compatible
            camera device.
        unassign_sora_cam_device_atom_cam_license: Unassign the license from a SoraCam
            compatible camera device
        update_sora_cam_device_atom_cam_firmware: Update a firmware for a SoraCam compatible
            camera device
        update_sora_cam_device_atom_cam_options_real_time_access: Enable or disable real-time
            access for a SoraCam-compatible camera
        update_sora_cam_device_data_entry: Save arbitrary data to Harvest Data linked to a
            SoraCam compatible camera device and timestamp
        update_sora_cam_device_export_usage_limit_override: Set the monthly limit on the
            recorded video time available for export for SoraCam compatible camera device.
        update_sora_cam_license_pack_quantity: Update the license quantity of Soracom Cloud
            Camera Services
    """

    group = "SoraCam"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        assign_sora_cam_device_atom_cam_license = operation(
            _assign_sora_cam_device_atom_cam_license.SPEC,
            _assign_sora_cam_device_atom_cam_license.build,
            _assign_sora_cam_device_atom_cam_license.parse,
        )
        create_sora_cam_device_data_entry = operation(
            _create_sora_cam_device_data_entry.SPEC,
            _create_sora_cam_device_data_entry.build,
            _create_sora_cam_device_data_entry.parse,
        )
        delete_sora_cam_device_export_usage_limit_override = operation(
            _delete_sora_cam_device_export_usage_limit_override.SPEC,
            _delete_sora_cam_device_export_usage_limit_override.build,
            _delete_sora_cam_device_export_usage_limit_override.parse,
        )
        export_sora_cam_device_recorded_image = operation(
            _export_sora_cam_device_recorded_image.SPEC,
            _export_sora_cam_device_recorded_image.build,
            _export_sora_cam_device_recorded_image.parse,
        )
        export_sora_cam_device_recorded_video = operation(
            _export_sora_cam_device_recorded_video.SPEC,
            _export_sora_cam_device_recorded_video.build,
            _export_sora_cam_device_recorded_video.parse,
        )
        get_sora_cam_device = operation(
            _get_sora_cam_device.SPEC, _get_sora_cam_device.build, _get_sora_cam_device.parse
        )
        get_sora_cam_device_atom_cam_firmware_update = operation(
            _get_sora_cam_device_atom_cam_firmware_update.SPEC,
            _get_sora_cam_device_atom_cam_firmware_update.build,
            _get_sora_cam_device_atom_cam_firmware_update.parse,
        )
        get_sora_cam_device_atom_cam_live_image = operation(
            _get_sora_cam_device_atom_cam_live_image.SPEC,
            _get_sora_cam_device_atom_cam_live_image.build,
            _get_sora_cam_device_atom_cam_live_image.parse,
        )
        get_sora_cam_device_atom_cam_options = operation(
            _get_sora_cam_device_atom_cam_options.SPEC,
            _get_sora_cam_device_atom_cam_options.build,
            _get_sora_cam_device_atom_cam_options.parse,
        )
        get_sora_cam_device_atom_cam_settings = operation(
            _get_sora_cam_device_atom_cam_settings.SPEC,
            _get_sora_cam_device_atom_cam_settings.build,
            _get_sora_cam_device_atom_cam_settings.parse,
        )
        get_sora_cam_device_atom_cam_settings_logo = operation(
            _get_sora_cam_device_atom_cam_settings_logo.SPEC,
            _get_sora_cam_device_atom_cam_settings_logo.build,
            _get_sora_cam_device_atom_cam_settings_logo.parse,
        )
        get_sora_cam_device_atom_cam_settings_motion = operation(
            _get_sora_cam_device_atom_cam_settings_motion.SPEC,
            _get_sora_cam_device_atom_cam_settings_motion.build,
            _get_sora_cam_device_atom_cam_settings_motion.parse,
        )
        get_sora_cam_device_atom_cam_settings_motion_sensitivity = operation(
            _get_sora_cam_device_atom_cam_settings_motion_sensitivity.SPEC,
            _get_sora_cam_device_atom_cam_settings_motion_sensitivity.build,
            _get_sora_cam_device_atom_cam_settings_motion_sensitivity.parse,
        )
        get_sora_cam_device_atom_cam_settings_motion_tagging = operation(
            _get_sora_cam_device_atom_cam_settings_motion_tagging.SPEC,
            _get_sora_cam_device_atom_cam_settings_motion_tagging.build,
            _get_sora_cam_device_atom_cam_settings_motion_tagging.parse,
        )
        get_sora_cam_device_atom_cam_settings_night_vision = operation(
            _get_sora_cam_device_atom_cam_settings_night_vision.SPEC,
            _get_sora_cam_device_atom_cam_settings_night_vision.build,
            _get_sora_cam_device_atom_cam_settings_night_vision.parse,
        )
        get_sora_cam_device_atom_cam_settings_quality = operation(
            _get_sora_cam_device_atom_cam_settings_quality.SPEC,
            _get_sora_cam_device_atom_cam_settings_quality.build,
            _get_sora_cam_device_atom_cam_settings_quality.parse,
        )
        get_sora_cam_device_atom_cam_settings_rotation = operation(
            _get_sora_cam_device_atom_cam_settings_rotation.SPEC,
            _get_sora_cam_device_atom_cam_settings_rotation.build,
            _get_sora_cam_device_atom_cam_settings_rotation.parse,
        )
        get_sora_cam_device_atom_cam_settings_self_reboot = operation(
            _get_sora_cam_device_atom_cam_settings_self_reboot.SPEC,
            _get_sora_cam_device_atom_cam_settings_self_reboot.build,
            _get_sora_cam_device_atom_cam_settings_self_reboot.parse,
        )
        get_sora_cam_device_atom_cam_settings_sound = operation(
            _get_sora_cam_device_atom_cam_settings_sound.SPEC,
            _get_sora_cam_device_atom_cam_settings_sound.build,
            _get_sora_cam_device_atom_cam_settings_sound.parse,
        )
        get_sora_cam_device_atom_cam_settings_sound_sensitivity = operation(
            _get_sora_cam_device_atom_cam_settings_sound_sensitivity.SPEC,
            _get_sora_cam_device_atom_cam_settings_sound_sensitivity.build,
            _get_sora_cam_device_atom_cam_settings_sound_sensitivity.parse,
        )
        get_sora_cam_device_atom_cam_settings_status_light = operation(
            _get_sora_cam_device_atom_cam_settings_status_light.SPEC,
            _get_sora_cam_device_atom_cam_settings_status_light.build,
            _get_sora_cam_device_atom_cam_settings_status_light.parse,
        )
        get_sora_cam_device_atom_cam_settings_timestamp = operation(
            _get_sora_cam_device_atom_cam_settings_timestamp.SPEC,
            _get_sora_cam_device_atom_cam_settings_timestamp.build,
            _get_sora_cam_device_atom_cam_settings_timestamp.parse,
        )
        get_sora_cam_device_export_usage = operation(
            _get_sora_cam_device_export_usage.SPEC,
            _get_sora_cam_device_export_usage.build,
            _get_sora_cam_device_export_usage.parse,
        )
        get_sora_cam_device_exported_image = operation(
            _get_sora_cam_device_exported_image.SPEC,
            _get_sora_cam_device_exported_image.build,
            _get_sora_cam_device_exported_image.parse,
        )
        get_sora_cam_device_exported_video = operation(
            _get_sora_cam_device_exported_video.SPEC,
            _get_sora_cam_device_exported_video.build,
            _get_sora_cam_device_exported_video.parse,
        )
        get_sora_cam_device_name = operation(
            _get_sora_cam_device_name.SPEC,
            _get_sora_cam_device_name.build,
            _get_sora_cam_device_name.parse,
        )
        get_sora_cam_device_power_state = operation(
            _get_sora_cam_device_power_state.SPEC,
            _get_sora_cam_device_power_state.build,
            _get_sora_cam_device_power_state.parse,
        )
        get_sora_cam_device_streaming_video = operation(
            _get_sora_cam_device_streaming_video.SPEC,
            _get_sora_cam_device_streaming_video.build,
            _get_sora_cam_device_streaming_video.parse,
        )
        handle_delete_sora_cam_device = operation(
            _handle_delete_sora_cam_device.SPEC,
            _handle_delete_sora_cam_device.build,
            _handle_delete_sora_cam_device.parse,
        )
        list_sora_cam_device_atom_cam_firmware_updates = operation(
            _list_sora_cam_device_atom_cam_firmware_updates.SPEC,
            _list_sora_cam_device_atom_cam_firmware_updates.build,
            _list_sora_cam_device_atom_cam_firmware_updates.parse,
        )
        list_sora_cam_device_events = paginated_operation(
            _list_sora_cam_device_events.SPEC,
            _list_sora_cam_device_events.build,
            _list_sora_cam_device_events.parse,
            items=_list_sora_cam_device_events.items,
            paging=_list_sora_cam_device_events.paging,
        )
        list_sora_cam_device_events_for_device = paginated_operation(
            _list_sora_cam_device_events_for_device.SPEC,
            _list_sora_cam_device_events_for_device.build,
            _list_sora_cam_device_events_for_device.parse,
            items=_list_sora_cam_device_events_for_device.items,
            paging=_list_sora_cam_device_events_for_device.paging,
        )
        list_sora_cam_device_image_exports = paginated_operation(
            _list_sora_cam_device_image_exports.SPEC,
            _list_sora_cam_device_image_exports.build,
            _list_sora_cam_device_image_exports.parse,
            items=_list_sora_cam_device_image_exports.items,
            paging=_list_sora_cam_device_image_exports.paging,
        )
        list_sora_cam_device_image_exports_for_device = paginated_operation(
            _list_sora_cam_device_image_exports_for_device.SPEC,
            _list_sora_cam_device_image_exports_for_device.build,
            _list_sora_cam_device_image_exports_for_device.parse,
            items=_list_sora_cam_device_image_exports_for_device.items,
            paging=_list_sora_cam_device_image_exports_for_device.paging,
        )
        list_sora_cam_device_recordings_and_events = paginated_operation(
            _list_sora_cam_device_recordings_and_events.SPEC,
            _list_sora_cam_device_recordings_and_events.build,
            _list_sora_cam_device_recordings_and_events.parse,
            items=_list_sora_cam_device_recordings_and_events.items,
            paging=_list_sora_cam_device_recordings_and_events.paging,
        )
        list_sora_cam_device_video_exports = paginated_operation(
            _list_sora_cam_device_video_exports.SPEC,
            _list_sora_cam_device_video_exports.build,
            _list_sora_cam_device_video_exports.parse,
            items=_list_sora_cam_device_video_exports.items,
            paging=_list_sora_cam_device_video_exports.paging,
        )
        list_sora_cam_device_video_exports_for_device = paginated_operation(
            _list_sora_cam_device_video_exports_for_device.SPEC,
            _list_sora_cam_device_video_exports_for_device.build,
            _list_sora_cam_device_video_exports_for_device.parse,
            items=_list_sora_cam_device_video_exports_for_device.items,
            paging=_list_sora_cam_device_video_exports_for_device.paging,
        )
        list_sora_cam_devices = operation(
            _list_sora_cam_devices.SPEC, _list_sora_cam_devices.build, _list_sora_cam_devices.parse
        )
        list_sora_cam_license_packs = operation(
            _list_sora_cam_license_packs.SPEC,
            _list_sora_cam_license_packs.build,
            _list_sora_cam_license_packs.parse,
        )
        reboot_sora_cam_device = operation(
            _reboot_sora_cam_device.SPEC,
            _reboot_sora_cam_device.build,
            _reboot_sora_cam_device.parse,
        )
        set_sora_cam_device_atom_cam_settings_logo = operation(
            _set_sora_cam_device_atom_cam_settings_logo.SPEC,
            _set_sora_cam_device_atom_cam_settings_logo.build,
            _set_sora_cam_device_atom_cam_settings_logo.parse,
        )
        set_sora_cam_device_atom_cam_settings_motion = operation(
            _set_sora_cam_device_atom_cam_settings_motion.SPEC,
            _set_sora_cam_device_atom_cam_settings_motion.build,
            _set_sora_cam_device_atom_cam_settings_motion.parse,
        )
        set_sora_cam_device_atom_cam_settings_motion_sensitivity = operation(
            _set_sora_cam_device_atom_cam_settings_motion_sensitivity.SPEC,
            _set_sora_cam_device_atom_cam_settings_motion_sensitivity.build,
            _set_sora_cam_device_atom_cam_settings_motion_sensitivity.parse,
        )
        set_sora_cam_device_atom_cam_settings_motion_tagging = operation(
            _set_sora_cam_device_atom_cam_settings_motion_tagging.SPEC,
            _set_sora_cam_device_atom_cam_settings_motion_tagging.build,
            _set_sora_cam_device_atom_cam_settings_motion_tagging.parse,
        )
        set_sora_cam_device_atom_cam_settings_night_vision = operation(
            _set_sora_cam_device_atom_cam_settings_night_vision.SPEC,
            _set_sora_cam_device_atom_cam_settings_night_vision.build,
            _set_sora_cam_device_atom_cam_settings_night_vision.parse,
        )
        set_sora_cam_device_atom_cam_settings_quality = operation(
            _set_sora_cam_device_atom_cam_settings_quality.SPEC,
            _set_sora_cam_device_atom_cam_settings_quality.build,
            _set_sora_cam_device_atom_cam_settings_quality.parse,
        )
        set_sora_cam_device_atom_cam_settings_rotation = operation(
            _set_sora_cam_device_atom_cam_settings_rotation.SPEC,
            _set_sora_cam_device_atom_cam_settings_rotation.build,
            _set_sora_cam_device_atom_cam_settings_rotation.parse,
        )
        set_sora_cam_device_atom_cam_settings_self_reboot = operation(
            _set_sora_cam_device_atom_cam_settings_self_reboot.SPEC,
            _set_sora_cam_device_atom_cam_settings_self_reboot.build,
            _set_sora_cam_device_atom_cam_settings_self_reboot.parse,
        )
        set_sora_cam_device_atom_cam_settings_sound = operation(
            _set_sora_cam_device_atom_cam_settings_sound.SPEC,
            _set_sora_cam_device_atom_cam_settings_sound.build,
            _set_sora_cam_device_atom_cam_settings_sound.parse,
        )
        set_sora_cam_device_atom_cam_settings_sound_sensitivity = operation(
            _set_sora_cam_device_atom_cam_settings_sound_sensitivity.SPEC,
            _set_sora_cam_device_atom_cam_settings_sound_sensitivity.build,
            _set_sora_cam_device_atom_cam_settings_sound_sensitivity.parse,
        )
        set_sora_cam_device_atom_cam_settings_status_light = operation(
            _set_sora_cam_device_atom_cam_settings_status_light.SPEC,
            _set_sora_cam_device_atom_cam_settings_status_light.build,
            _set_sora_cam_device_atom_cam_settings_status_light.parse,
        )
        set_sora_cam_device_atom_cam_settings_timestamp = operation(
            _set_sora_cam_device_atom_cam_settings_timestamp.SPEC,
            _set_sora_cam_device_atom_cam_settings_timestamp.build,
            _set_sora_cam_device_atom_cam_settings_timestamp.parse,
        )
        set_sora_cam_device_name = operation(
            _set_sora_cam_device_name.SPEC,
            _set_sora_cam_device_name.build,
            _set_sora_cam_device_name.parse,
        )
        set_sora_cam_device_power_state = operation(
            _set_sora_cam_device_power_state.SPEC,
            _set_sora_cam_device_power_state.build,
            _set_sora_cam_device_power_state.parse,
        )
        unassign_sora_cam_device_atom_cam_license = operation(
            _unassign_sora_cam_device_atom_cam_license.SPEC,
            _unassign_sora_cam_device_atom_cam_license.build,
            _unassign_sora_cam_device_atom_cam_license.parse,
        )
        update_sora_cam_device_atom_cam_firmware = operation(
            _update_sora_cam_device_atom_cam_firmware.SPEC,
            _update_sora_cam_device_atom_cam_firmware.build,
            _update_sora_cam_device_atom_cam_firmware.parse,
        )
        update_sora_cam_device_atom_cam_options_real_time_access = operation(
            _update_sora_cam_device_atom_cam_options_real_time_access.SPEC,
            _update_sora_cam_device_atom_cam_options_real_time_access.build,
            _update_sora_cam_device_atom_cam_options_real_time_access.parse,
        )
        update_sora_cam_device_data_entry = operation(
            _update_sora_cam_device_data_entry.SPEC,
            _update_sora_cam_device_data_entry.build,
            _update_sora_cam_device_data_entry.parse,
        )
        update_sora_cam_device_export_usage_limit_override = operation(
            _update_sora_cam_device_export_usage_limit_override.SPEC,
            _update_sora_cam_device_export_usage_limit_override.build,
            _update_sora_cam_device_export_usage_limit_override.parse,
        )
        update_sora_cam_license_pack_quantity = operation(
            _update_sora_cam_license_pack_quantity.SPEC,
            _update_sora_cam_license_pack_quantity.build,
            _update_sora_cam_license_pack_quantity.parse,
        )
    else:
        assign_sora_cam_device_atom_cam_license = lazy_operation(
            "..api.sora_cam.assign_sora_cam_device_atom_cam_license", __package__, group=group
        )
        create_sora_cam_device_data_entry = lazy_operation(
            "..api.sora_cam.create_sora_cam_device_data_entry", __package__, group=group
        )
        delete_sora_cam_device_export_usage_limit_override = lazy_operation(
            "..api.sora_cam.delete_sora_cam_device_export_usage_limit_override",
            __package__,
            group=group,
        )
        export_sora_cam_device_recorded_image = lazy_operation(
            "..api.sora_cam.export_sora_cam_device_recorded_image", __package__, group=group
        )
        export_sora_cam_device_recorded_video = lazy_operation(
            "..api.sora_cam.export_sora_cam_device_recorded_video", __package__, group=group
        )
        get_sora_cam_device = lazy_operation(
            "..api.sora_cam.get_sora_cam_device", __package__, group=group
        )
        get_sora_cam_device_atom_cam_firmware_update = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_firmware_update", __package__, group=group
        )
        get_sora_cam_device_atom_cam_live_image = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_live_image", __package__, group=group
        )
        get_sora_cam_device_atom_cam_options = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_options", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings_logo = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_logo", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings_motion = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_motion", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings_motion_sensitivity = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_motion_sensitivity",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_motion_tagging = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_motion_tagging",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_night_vision = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_night_vision",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_quality = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_quality", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings_rotation = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_rotation",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_self_reboot = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_self_reboot",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_sound = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_sound", __package__, group=group
        )
        get_sora_cam_device_atom_cam_settings_sound_sensitivity = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_sound_sensitivity",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_status_light = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_status_light",
            __package__,
            group=group,
        )
        get_sora_cam_device_atom_cam_settings_timestamp = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_atom_cam_settings_timestamp",
            __package__,
            group=group,
        )
        get_sora_cam_device_export_usage = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_export_usage", __package__, group=group
        )
        get_sora_cam_device_exported_image = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_exported_image", __package__, group=group
        )
        get_sora_cam_device_exported_video = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_exported_video", __package__, group=group
        )
        get_sora_cam_device_name = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_name", __package__, group=group
        )
        get_sora_cam_device_power_state = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_power_state", __package__, group=group
        )
        get_sora_cam_device_streaming_video = lazy_operation(
            "..api.sora_cam.get_sora_cam_device_streaming_video", __package__, group=group
        )
        handle_delete_sora_cam_device = lazy_operation(
            "..api.sora_cam.handle_delete_sora_cam_device", __package__, group=group
        )
        list_sora_cam_device_atom_cam_firmware_updates = lazy_operation(
            "..api.sora_cam.list_sora_cam_device_atom_cam_firmware_updates",
            __package__,
            group=group,
        )
        list_sora_cam_device_events = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_events", __package__, group=group
        )
        list_sora_cam_device_events_for_device = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_events_for_device", __package__, group=group
        )
        list_sora_cam_device_image_exports = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_image_exports", __package__, group=group
        )
        list_sora_cam_device_image_exports_for_device = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_image_exports_for_device", __package__, group=group
        )
        list_sora_cam_device_recordings_and_events = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_recordings_and_events", __package__, group=group
        )
        list_sora_cam_device_video_exports = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_video_exports", __package__, group=group
        )
        list_sora_cam_device_video_exports_for_device = lazy_paginated_operation(
            "..api.sora_cam.list_sora_cam_device_video_exports_for_device", __package__, group=group
        )
        list_sora_cam_devices = lazy_operation(
            "..api.sora_cam.list_sora_cam_devices", __package__, group=group
        )
        list_sora_cam_license_packs = lazy_operation(
            "..api.sora_cam.list_sora_cam_license_packs", __package__, group=group
        )
        reboot_sora_cam_device = lazy_operation(
            "..api.sora_cam.reboot_sora_cam_device", __package__, group=group
        )
        set_sora_cam_device_atom_cam_settings_logo = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_logo", __package__, group=group
        )
        set_sora_cam_device_atom_cam_settings_motion = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_motion", __package__, group=group
        )
        set_sora_cam_device_atom_cam_settings_motion_sensitivity = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_motion_sensitivity",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_motion_tagging = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_motion_tagging",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_night_vision = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_night_vision",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_quality = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_quality", __package__, group=group
        )
        set_sora_cam_device_atom_cam_settings_rotation = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_rotation",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_self_reboot = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_self_reboot",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_sound = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_sound", __package__, group=group
        )
        set_sora_cam_device_atom_cam_settings_sound_sensitivity = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_sound_sensitivity",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_status_light = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_status_light",
            __package__,
            group=group,
        )
        set_sora_cam_device_atom_cam_settings_timestamp = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_atom_cam_settings_timestamp",
            __package__,
            group=group,
        )
        set_sora_cam_device_name = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_name", __package__, group=group
        )
        set_sora_cam_device_power_state = lazy_operation(
            "..api.sora_cam.set_sora_cam_device_power_state", __package__, group=group
        )
        unassign_sora_cam_device_atom_cam_license = lazy_operation(
            "..api.sora_cam.unassign_sora_cam_device_atom_cam_license", __package__, group=group
        )
        update_sora_cam_device_atom_cam_firmware = lazy_operation(
            "..api.sora_cam.update_sora_cam_device_atom_cam_firmware", __package__, group=group
        )
        update_sora_cam_device_atom_cam_options_real_time_access = lazy_operation(
            "..api.sora_cam.update_sora_cam_device_atom_cam_options_real_time_access",
            __package__,
            group=group,
        )
        update_sora_cam_device_data_entry = lazy_operation(
            "..api.sora_cam.update_sora_cam_device_data_entry", __package__, group=group
        )
        update_sora_cam_device_export_usage_limit_override = lazy_operation(
            "..api.sora_cam.update_sora_cam_device_export_usage_limit_override",
            __package__,
            group=group,
        )
        update_sora_cam_license_pack_quantity = lazy_operation(
            "..api.sora_cam.update_sora_cam_license_pack_quantity", __package__, group=group
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

T = TypeVar("T", bound="SoraCamDevicesFirmwareUpdate")


@_attrs_define
class SoraCamDevicesFirmwareUpdate:
    """
    Attributes:
        device_id (str): Device ID of the SoraCam compatible camera device.
        firmware_version (str): Available firmware version for the SoraCam compatible camera device.
        timeout (int): Timeout for the firmware update process (in seconds). If the firmware update process is not
            completed within this time, the process is considered to have failed.
    """

    device_id: str
    firmware_version: str
    timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        firmware_version = self.firmware_version

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
                "firmwareVersion": firmware_version,
                "timeout": timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        device_id = d.pop("deviceId")

        firmware_version = d.pop("firmwareVersion")

        timeout = d.pop("timeout")

        sora_cam_devices_firmware_update = cls(
            device_id=device_id,
            firmware_version=firmware_version,
            timeout=timeout,
        )

        sora_cam_devices_firmware_update.additional_properties = d
        return sora_cam_devices_firmware_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamDevicesFirmwareUpdate")


@_attrs_define(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        *,
        device_id: str,
        firmware_version: str,
        timeout: int,
    ) -> None:
        self.device_id = device_id
        self.firmware_version = firmware_version
        self.timeout = timeout
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"firmware_version={self.firmware_version!r}, "
            f"timeout={self.timeout!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamDevicesFirmwareUpdate
        ):
            return NotImplemented
        return (
            self.device_id,
            self.firmware_version,
            self.timeout,
            self.additional_properties,
        ) == (
            other.device_id,
            other.firmware_version,
            other.timeout,
            other.additional_properties,
        )

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
        _required_device_id = d.pop("deviceId", None)
        if _required_device_id is None:
            raise missing_field(cls.__name__, "deviceId")
        device_id = _required_device_id

        _required_firmware_version = d.pop("firmwareVersion", None)
        if _required_firmware_version is None:
            raise missing_field(cls.__name__, "firmwareVersion")
        firmware_version = _required_firmware_version

        _required_timeout = d.pop("timeout", None)
        if _required_timeout is None:
            raise missing_field(cls.__name__, "timeout")
        timeout = _required_timeout

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.firmware_version = firmware_version
        _self.timeout = timeout
        _self.additional_properties = d if d else {}
        return _self

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

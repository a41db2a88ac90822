from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamDeviceConfiguration")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamDeviceConfiguration:
    """Configuration of the SoraCam compatible camera device.

    Attributes:
        audio_alarm_enabled (bool | None | Unset): Whether audio alarm is enabled or not.
        motion_detection_enabled (bool | None | Unset): Whether motion detection is enabled or not.
        smoke_alarm_enabled (bool | None | Unset): Whether smoke alarm is enabled or not.
    """

    audio_alarm_enabled: bool | None | Unset = UNSET
    motion_detection_enabled: bool | None | Unset = UNSET
    smoke_alarm_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        audio_alarm_enabled: bool | None | Unset = UNSET,
        motion_detection_enabled: bool | None | Unset = UNSET,
        smoke_alarm_enabled: bool | None | Unset = UNSET,
    ) -> None:
        self.audio_alarm_enabled = audio_alarm_enabled
        self.motion_detection_enabled = motion_detection_enabled
        self.smoke_alarm_enabled = smoke_alarm_enabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio_alarm_enabled={self.audio_alarm_enabled!r}, "
            f"motion_detection_enabled={self.motion_detection_enabled!r}, "
            f"smoke_alarm_enabled={self.smoke_alarm_enabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamDeviceConfiguration
        ):
            return NotImplemented
        return (
            self.audio_alarm_enabled,
            self.motion_detection_enabled,
            self.smoke_alarm_enabled,
            self.additional_properties,
        ) == (
            other.audio_alarm_enabled,
            other.motion_detection_enabled,
            other.smoke_alarm_enabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        audio_alarm_enabled = self.audio_alarm_enabled

        motion_detection_enabled = self.motion_detection_enabled

        smoke_alarm_enabled = self.smoke_alarm_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_alarm_enabled is not UNSET:
            field_dict["audioAlarmEnabled"] = audio_alarm_enabled
        if motion_detection_enabled is not UNSET:
            field_dict["motionDetectionEnabled"] = motion_detection_enabled
        if smoke_alarm_enabled is not UNSET:
            field_dict["smokeAlarmEnabled"] = smoke_alarm_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        audio_alarm_enabled = d.pop("audioAlarmEnabled", UNSET)

        motion_detection_enabled = d.pop("motionDetectionEnabled", UNSET)

        smoke_alarm_enabled = d.pop("smokeAlarmEnabled", UNSET)

        _self = cls.__new__(cls)
        _self.audio_alarm_enabled = audio_alarm_enabled
        _self.motion_detection_enabled = motion_detection_enabled
        _self.smoke_alarm_enabled = smoke_alarm_enabled
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamAtomCamSettingsSelfReboot")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamAtomCamSettingsSelfReboot:
    """
    Attributes:
        enabled (bool): Whether automatic self reboot is enabled.

            - `true`: Enabled.
            - `false`: Disabled.
        days_of_week (list[int] | None | Unset): Days of the week to execute automatic self reboot.

            - `0`: Sunday
            - `1`: Monday
            - `2`: Tuesday
            - `3`: Wednesday
            - `4`: Thursday
            - `5`: Friday
            - `6`: Saturday

            Defaults to `[0, 1, 2, 3, 4, 5, 6]`.
        time (str | None | Unset): Reboot execution time in UTC (`HH:mm` format).

            Defaults to `00:00`.
             Default: '00:00'.
    """

    enabled: bool
    days_of_week: list[int] | None | Unset = UNSET
    time: str | None | Unset = "00:00"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        enabled: bool,
        days_of_week: list[int] | None | Unset = UNSET,
        time: str | None | Unset = "00:00",
    ) -> None:
        self.enabled = enabled
        self.days_of_week = days_of_week
        self.time = time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"enabled={self.enabled!r}, "
            f"days_of_week={self.days_of_week!r}, "
            f"time={self.time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamAtomCamSettingsSelfReboot
        ):
            return NotImplemented
        return (
            self.enabled,
            self.days_of_week,
            self.time,
            self.additional_properties,
        ) == (
            other.enabled,
            other.days_of_week,
            other.time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        days_of_week: list[int] | None | Unset
        if self.days_of_week is None or self.days_of_week is UNSET:
            days_of_week = self.days_of_week
        else:
            days_of_week = self.days_of_week

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_enabled = d.pop("enabled", None)
        if _required_enabled is None:
            raise missing_field(cls.__name__, "enabled")
        enabled = _required_enabled

        _days_of_week = d.pop("daysOfWeek", UNSET)
        days_of_week: list[int] | None | Unset
        if _days_of_week is None or _days_of_week is UNSET:
            days_of_week = _days_of_week
        elif not isinstance(_days_of_week, list):
            raise wrong_shape("daysOfWeek", "a JSON array", _days_of_week)
        else:
            days_of_week = _days_of_week

        time = d.pop("time", UNSET)

        _self = cls.__new__(cls)
        _self.enabled = enabled
        _self.days_of_week = days_of_week
        _self.time = time
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

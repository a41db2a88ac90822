from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    wrong_shape,
)

T = TypeVar("T", bound="LastSeen")


@_attrs_define(init=False, repr=False, eq=False)
class LastSeen:
    """
    Attributes:
        rssi (int | None | Unset):
        snr (int | None | Unset):
        time (datetime.datetime | None | Unset):
    """

    rssi: int | None | Unset = UNSET
    snr: int | None | Unset = UNSET
    time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        rssi: int | None | Unset = UNSET,
        snr: int | None | Unset = UNSET,
        time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.rssi = rssi
        self.snr = snr
        self.time = time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"rssi={self.rssi!r}, "
            f"snr={self.snr!r}, "
            f"time={self.time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LastSeen):
            return NotImplemented
        return (
            self.rssi,
            self.snr,
            self.time,
            self.additional_properties,
        ) == (
            other.rssi,
            other.snr,
            other.time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        rssi = self.rssi

        snr = self.snr

        time: str | None | Unset
        if self.time is None or self.time is UNSET:
            time = self.time
        else:
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rssi is not UNSET:
            field_dict["rssi"] = rssi
        if snr is not UNSET:
            field_dict["snr"] = snr
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        rssi = d.pop("rssi", UNSET)

        snr = d.pop("snr", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | None | Unset
        if _time is None or _time is UNSET:
            time = _time
        else:
            time = parse_datetime(_time)

        _self = cls.__new__(cls)
        _self.rssi = rssi
        _self.snr = snr
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

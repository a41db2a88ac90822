from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="DownlinkPingResponse")


@_attrs_define(init=False, repr=False, eq=False)
class DownlinkPingResponse:
    """
    Attributes:
        rtt (str | None | Unset): The RTT of the ping result
        stat (str | None | Unset): The stats information of the ping result
        success (bool | None | Unset): Whether the ping was succeeded or not
    """

    rtt: str | None | Unset = UNSET
    stat: str | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        rtt: str | None | Unset = UNSET,
        stat: str | None | Unset = UNSET,
        success: bool | None | Unset = UNSET,
    ) -> None:
        self.rtt = rtt
        self.stat = stat
        self.success = success
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"rtt={self.rtt!r}, "
            f"stat={self.stat!r}, "
            f"success={self.success!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DownlinkPingResponse):
            return NotImplemented
        return (
            self.rtt,
            self.stat,
            self.success,
            self.additional_properties,
        ) == (
            other.rtt,
            other.stat,
            other.success,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        rtt = self.rtt

        stat = self.stat

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtt is not UNSET:
            field_dict["rtt"] = rtt
        if stat is not UNSET:
            field_dict["stat"] = stat
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        rtt = d.pop("rtt", UNSET)

        stat = d.pop("stat", UNSET)

        success = d.pop("success", UNSET)

        _self = cls.__new__(cls)
        _self.rtt = rtt
        _self.stat = stat
        _self.success = success
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

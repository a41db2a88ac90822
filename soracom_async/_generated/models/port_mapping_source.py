from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="PortMappingSource")


@_attrs_define(init=False, repr=False, eq=False)
class PortMappingSource:
    """
    Attributes:
        ip_ranges (list[str] | None | Unset): The IP address ranges (in CIDR notation) allowed to access the On-Demand
            Remote Access. Specify global IP addresses. Only devices from IP addresses within the specified ranges will be
            able to access the device remotely.
    """

    ip_ranges: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        ip_ranges: list[str] | None | Unset = UNSET,
    ) -> None:
        self.ip_ranges = ip_ranges
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ip_ranges={self.ip_ranges!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PortMappingSource):
            return NotImplemented
        return (
            self.ip_ranges,
            self.additional_properties,
        ) == (
            other.ip_ranges,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        ip_ranges: list[str] | None | Unset
        if self.ip_ranges is None or self.ip_ranges is UNSET:
            ip_ranges = self.ip_ranges
        else:
            ip_ranges = self.ip_ranges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_ranges is not UNSET:
            field_dict["ipRanges"] = ip_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _ip_ranges = d.pop("ipRanges", UNSET)
        ip_ranges: list[str] | None | Unset
        if _ip_ranges is None or _ip_ranges is UNSET:
            ip_ranges = _ip_ranges
        elif not isinstance(_ip_ranges, list):
            raise wrong_shape("ipRanges", "a JSON array", _ip_ranges)
        else:
            ip_ranges = _ip_ranges

        _self = cls.__new__(cls)
        _self.ip_ranges = ip_ranges
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

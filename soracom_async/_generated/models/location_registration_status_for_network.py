from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="LocationRegistrationStatusForNetwork")


@_attrs_define(init=False, repr=False, eq=False)
class LocationRegistrationStatusForNetwork:
    """
    Attributes:
        last_modified_time (int | None | Unset): Timestamp of the last successful network registration (Unix time in
            milliseconds)
        vplmn (str | None | Unset): PLMN ID of the visited network.
    """

    last_modified_time: int | None | Unset = UNSET
    vplmn: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        last_modified_time: int | None | Unset = UNSET,
        vplmn: str | None | Unset = UNSET,
    ) -> None:
        self.last_modified_time = last_modified_time
        self.vplmn = vplmn
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"last_modified_time={self.last_modified_time!r}, "
            f"vplmn={self.vplmn!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LocationRegistrationStatusForNetwork
        ):
            return NotImplemented
        return (
            self.last_modified_time,
            self.vplmn,
            self.additional_properties,
        ) == (
            other.last_modified_time,
            other.vplmn,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        last_modified_time = self.last_modified_time

        vplmn = self.vplmn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if vplmn is not UNSET:
            field_dict["vplmn"] = vplmn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        last_modified_time = d.pop("lastModifiedTime", UNSET)

        vplmn = d.pop("vplmn", UNSET)

        _self = cls.__new__(cls)
        _self.last_modified_time = last_modified_time
        _self.vplmn = vplmn
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

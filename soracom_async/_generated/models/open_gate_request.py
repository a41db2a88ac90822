from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="OpenGateRequest")


@_attrs_define(init=False, repr=False, eq=False)
class OpenGateRequest:
    """
    Attributes:
        privacy_separator_enabled (bool | None | Unset):  Default: False.
        vxlan_id (int | None | Unset):  Default: 10.
    """

    privacy_separator_enabled: bool | None | Unset = False
    vxlan_id: int | None | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        privacy_separator_enabled: bool | None | Unset = False,
        vxlan_id: int | None | Unset = 10,
    ) -> None:
        self.privacy_separator_enabled = privacy_separator_enabled
        self.vxlan_id = vxlan_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"privacy_separator_enabled={self.privacy_separator_enabled!r}, "
            f"vxlan_id={self.vxlan_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, OpenGateRequest):
            return NotImplemented
        return (
            self.privacy_separator_enabled,
            self.vxlan_id,
            self.additional_properties,
        ) == (
            other.privacy_separator_enabled,
            other.vxlan_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        privacy_separator_enabled = self.privacy_separator_enabled

        vxlan_id = self.vxlan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privacy_separator_enabled is not UNSET:
            field_dict["privacySeparatorEnabled"] = privacy_separator_enabled
        if vxlan_id is not UNSET:
            field_dict["vxlanId"] = vxlan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        privacy_separator_enabled = d.pop("privacySeparatorEnabled", UNSET)

        vxlan_id = d.pop("vxlanId", UNSET)

        _self = cls.__new__(cls)
        _self.privacy_separator_enabled = privacy_separator_enabled
        _self.vxlan_id = vxlan_id
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

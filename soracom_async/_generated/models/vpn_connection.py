from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="VpnConnection")


@_attrs_define(init=False, repr=False, eq=False)
class VpnConnection:
    """
    Attributes:
        bgp_asn (str | None | Unset):
        id (str | None | Unset):
        use_dynamic_routing (bool | None | Unset):
    """

    bgp_asn: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    use_dynamic_routing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        bgp_asn: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        use_dynamic_routing: bool | None | Unset = UNSET,
    ) -> None:
        self.bgp_asn = bgp_asn
        self.id = id
        self.use_dynamic_routing = use_dynamic_routing
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bgp_asn={self.bgp_asn!r}, "
            f"id={self.id!r}, "
            f"use_dynamic_routing={self.use_dynamic_routing!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VpnConnection):
            return NotImplemented
        return (
            self.bgp_asn,
            self.id,
            self.use_dynamic_routing,
            self.additional_properties,
        ) == (
            other.bgp_asn,
            other.id,
            other.use_dynamic_routing,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        bgp_asn = self.bgp_asn

        id = self.id

        use_dynamic_routing = self.use_dynamic_routing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bgp_asn is not UNSET:
            field_dict["bgpAsn"] = bgp_asn
        if id is not UNSET:
            field_dict["id"] = id
        if use_dynamic_routing is not UNSET:
            field_dict["useDynamicRouting"] = use_dynamic_routing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        bgp_asn = d.pop("bgpAsn", UNSET)

        id = d.pop("id", UNSET)

        use_dynamic_routing = d.pop("useDynamicRouting", UNSET)

        _self = cls.__new__(cls)
        _self.bgp_asn = bgp_asn
        _self.id = id
        _self.use_dynamic_routing = use_dynamic_routing
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

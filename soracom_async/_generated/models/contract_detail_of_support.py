from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_detail_of_support_tier import ContractDetailOfSupportTier
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="ContractDetailOfSupport")


@_attrs_define(init=False, repr=False, eq=False)
class ContractDetailOfSupport:
    """
    Attributes:
        tier (ContractDetailOfSupportTier | None | Unset): The support plan to be contracted.
            If you want to contract the enterprise tier, please contract our sales team ( https://soracom.jp/contact/ ).
            Currently this is available only in Japan coverage.
    """

    tier: ContractDetailOfSupportTier | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        tier: ContractDetailOfSupportTier | Literal["priority"] | None | Unset = UNSET,
    ) -> None:
        self.tier = as_enum(tier, ContractDetailOfSupportTier, "ContractDetailOfSupport", "tier")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"tier={self.tier!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ContractDetailOfSupport):
            return NotImplemented
        return (
            self.tier,
            self.additional_properties,
        ) == (
            other.tier,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        tier: str | None | Unset
        if self.tier is None or self.tier is UNSET:
            tier = self.tier
        else:
            tier = str(self.tier)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _tier = d.pop("tier", UNSET)
        tier: ContractDetailOfSupportTier | None | Unset
        if _tier is None or _tier is UNSET:
            tier = _tier
        else:
            try:
                tier = _by_value_ContractDetailOfSupportTier[_tier]
            except (KeyError, TypeError):
                tier = ContractDetailOfSupportTier(_tier)

        _self = cls.__new__(cls)
        _self.tier = tier
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


# Parsers called per object, bound once (after every import).
_by_value_ContractDetailOfSupportTier = ContractDetailOfSupportTier._value2member_map_

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coverage_type import CoverageType
from ..models.support_tier import SupportTier
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="OperatorConfigurationOfSupport")


@_attrs_define(init=False, repr=False, eq=False)
class OperatorConfigurationOfSupport:
    """
    Attributes:
        payment_coverage (CoverageType | None | Unset):
        tier (SupportTier | None | Unset):
        upcoming_tier (SupportTier | None | Unset):
    """

    payment_coverage: CoverageType | None | Unset = UNSET
    tier: SupportTier | None | Unset = UNSET
    upcoming_tier: SupportTier | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        payment_coverage: CoverageType | Literal["jp", "g"] | None | Unset = UNSET,
        tier: SupportTier | Literal["basic", "priority", "enterprise"] | None | Unset = UNSET,
        upcoming_tier: SupportTier
        | Literal["basic", "priority", "enterprise"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.payment_coverage = as_enum(
            payment_coverage, CoverageType, "OperatorConfigurationOfSupport", "payment_coverage"
        )
        self.tier = as_enum(tier, SupportTier, "OperatorConfigurationOfSupport", "tier")
        self.upcoming_tier = as_enum(
            upcoming_tier, SupportTier, "OperatorConfigurationOfSupport", "upcoming_tier"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"payment_coverage={self.payment_coverage!r}, "
            f"tier={self.tier!r}, "
            f"upcoming_tier={self.upcoming_tier!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OperatorConfigurationOfSupport
        ):
            return NotImplemented
        return (
            self.payment_coverage,
            self.tier,
            self.upcoming_tier,
            self.additional_properties,
        ) == (
            other.payment_coverage,
            other.tier,
            other.upcoming_tier,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        payment_coverage: str | None | Unset
        if self.payment_coverage is None or self.payment_coverage is UNSET:
            payment_coverage = self.payment_coverage
        else:
            payment_coverage = str(self.payment_coverage)

        tier: str | None | Unset
        if self.tier is None or self.tier is UNSET:
            tier = self.tier
        else:
            tier = str(self.tier)

        upcoming_tier: str | None | Unset
        if self.upcoming_tier is None or self.upcoming_tier is UNSET:
            upcoming_tier = self.upcoming_tier
        else:
            upcoming_tier = str(self.upcoming_tier)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_coverage is not UNSET:
            field_dict["paymentCoverage"] = payment_coverage
        if tier is not UNSET:
            field_dict["tier"] = tier
        if upcoming_tier is not UNSET:
            field_dict["upcomingTier"] = upcoming_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _payment_coverage = d.pop("paymentCoverage", UNSET)
        payment_coverage: CoverageType | None | Unset
        if _payment_coverage is None or _payment_coverage is UNSET:
            payment_coverage = _payment_coverage
        else:
            try:
                payment_coverage = _by_value_CoverageType[_payment_coverage]
            except (KeyError, TypeError):
                payment_coverage = CoverageType(_payment_coverage)

        _tier = d.pop("tier", UNSET)
        tier: SupportTier | None | Unset
        if _tier is None or _tier is UNSET:
            tier = _tier
        else:
            try:
                tier = _by_value_SupportTier[_tier]
            except (KeyError, TypeError):
                tier = SupportTier(_tier)

        _upcoming_tier = d.pop("upcomingTier", UNSET)
        upcoming_tier: SupportTier | None | Unset
        if _upcoming_tier is None or _upcoming_tier is UNSET:
            upcoming_tier = _upcoming_tier
        else:
            try:
                upcoming_tier = _by_value_SupportTier[_upcoming_tier]
            except (KeyError, TypeError):
                upcoming_tier = SupportTier(_upcoming_tier)

        _self = cls.__new__(cls)
        _self.payment_coverage = payment_coverage
        _self.tier = tier
        _self.upcoming_tier = upcoming_tier
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
_by_value_CoverageType = CoverageType._value2member_map_
_by_value_SupportTier = SupportTier._value2member_map_

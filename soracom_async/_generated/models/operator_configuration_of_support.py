from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coverage_type import CoverageType
from ..models.support_tier import SupportTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatorConfigurationOfSupport")


@_attrs_define
class OperatorConfigurationOfSupport:
    """
    Attributes:
        payment_coverage (CoverageType | Unset):
        tier (SupportTier | Unset):
        upcoming_tier (SupportTier | Unset):
    """

    payment_coverage: CoverageType | Unset = UNSET
    tier: SupportTier | Unset = UNSET
    upcoming_tier: SupportTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_coverage: str | Unset = UNSET
        if self.payment_coverage is not UNSET:
            payment_coverage = self.payment_coverage.value

        tier: str | Unset = UNSET
        if self.tier is not UNSET:
            tier = self.tier.value

        upcoming_tier: str | Unset = UNSET
        if self.upcoming_tier is not UNSET:
            upcoming_tier = self.upcoming_tier.value

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
        d = dict(src_dict)
        _payment_coverage = d.pop("paymentCoverage", UNSET)
        payment_coverage: CoverageType | Unset
        if isinstance(_payment_coverage, Unset):
            payment_coverage = UNSET
        else:
            payment_coverage = CoverageType(_payment_coverage)

        _tier = d.pop("tier", UNSET)
        tier: SupportTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = SupportTier(_tier)

        _upcoming_tier = d.pop("upcomingTier", UNSET)
        upcoming_tier: SupportTier | Unset
        if isinstance(_upcoming_tier, Unset):
            upcoming_tier = UNSET
        else:
            upcoming_tier = SupportTier(_upcoming_tier)

        operator_configuration_of_support = cls(
            payment_coverage=payment_coverage,
            tier=tier,
            upcoming_tier=upcoming_tier,
        )

        operator_configuration_of_support.additional_properties = d
        return operator_configuration_of_support

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

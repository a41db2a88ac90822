from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_create_coupon_request_applicable_bill_item_name import (
    SandboxCreateCouponRequestApplicableBillItemName,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SandboxCreateCouponRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxCreateCouponRequest:
    """
    Attributes:
        amount (int | None | Unset):  Example: 1000.
        applicable_bill_item_name (SandboxCreateCouponRequestApplicableBillItemName | None | Unset):  Example:
            dailyDataTrafficChargeTotal.
        expiry_year_month (str | None | Unset):
    """

    amount: int | None | Unset = UNSET
    applicable_bill_item_name: SandboxCreateCouponRequestApplicableBillItemName | None | Unset = (
        UNSET
    )
    expiry_year_month: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: int | None | Unset = UNSET,
        applicable_bill_item_name: SandboxCreateCouponRequestApplicableBillItemName
        | Literal[
            "dailyDataTrafficChargeTotal", "dailyChargeTotal", "dailySoracomBeamRequestChargeTotal"
        ]
        | None
        | Unset = UNSET,
        expiry_year_month: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.applicable_bill_item_name = as_enum(
            applicable_bill_item_name,
            SandboxCreateCouponRequestApplicableBillItemName,
            "SandboxCreateCouponRequest",
            "applicable_bill_item_name",
        )
        self.expiry_year_month = expiry_year_month
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"applicable_bill_item_name={self.applicable_bill_item_name!r}, "
            f"expiry_year_month={self.expiry_year_month!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxCreateCouponRequest
        ):
            return NotImplemented
        return (
            self.amount,
            self.applicable_bill_item_name,
            self.expiry_year_month,
            self.additional_properties,
        ) == (
            other.amount,
            other.applicable_bill_item_name,
            other.expiry_year_month,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        applicable_bill_item_name: str | None | Unset
        if self.applicable_bill_item_name is None or self.applicable_bill_item_name is UNSET:
            applicable_bill_item_name = self.applicable_bill_item_name
        else:
            applicable_bill_item_name = str(self.applicable_bill_item_name)

        expiry_year_month = self.expiry_year_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if applicable_bill_item_name is not UNSET:
            field_dict["applicableBillItemName"] = applicable_bill_item_name
        if expiry_year_month is not UNSET:
            field_dict["expiryYearMonth"] = expiry_year_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _applicable_bill_item_name = d.pop("applicableBillItemName", UNSET)
        applicable_bill_item_name: SandboxCreateCouponRequestApplicableBillItemName | None | Unset
        if _applicable_bill_item_name is None or _applicable_bill_item_name is UNSET:
            applicable_bill_item_name = _applicable_bill_item_name
        else:
            try:
                applicable_bill_item_name = (
                    _by_value_SandboxCreateCouponRequestApplicableBillItemName[
                        _applicable_bill_item_name
                    ]
                )
            except (KeyError, TypeError):
                applicable_bill_item_name = SandboxCreateCouponRequestApplicableBillItemName(
                    _applicable_bill_item_name
                )

        expiry_year_month = d.pop("expiryYearMonth", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.applicable_bill_item_name = applicable_bill_item_name
        _self.expiry_year_month = expiry_year_month
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
_by_value_SandboxCreateCouponRequestApplicableBillItemName = (
    SandboxCreateCouponRequestApplicableBillItemName._value2member_map_
)

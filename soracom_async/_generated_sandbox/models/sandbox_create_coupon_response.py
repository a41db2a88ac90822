from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SandboxCreateCouponResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxCreateCouponResponse:
    """
    Attributes:
        amount (float | None | Unset): Coupon amount.
        balance (float | None | Unset): Balance.
        bill_item_name (str | None | Unset): Bill Item.
        coupon_code (str | None | Unset): Coupon code.
        expiry_year_month (str | None | Unset): Year and month of expiration.
    """

    amount: float | None | Unset = UNSET
    balance: float | None | Unset = UNSET
    bill_item_name: str | None | Unset = UNSET
    coupon_code: str | None | Unset = UNSET
    expiry_year_month: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        balance: float | None | Unset = UNSET,
        bill_item_name: str | None | Unset = UNSET,
        coupon_code: str | None | Unset = UNSET,
        expiry_year_month: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.balance = balance
        self.bill_item_name = bill_item_name
        self.coupon_code = coupon_code
        self.expiry_year_month = expiry_year_month
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"balance={self.balance!r}, "
            f"bill_item_name={self.bill_item_name!r}, "
            f"coupon_code={self.coupon_code!r}, "
            f"expiry_year_month={self.expiry_year_month!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxCreateCouponResponse
        ):
            return NotImplemented
        return (
            self.amount,
            self.balance,
            self.bill_item_name,
            self.coupon_code,
            self.expiry_year_month,
            self.additional_properties,
        ) == (
            other.amount,
            other.balance,
            other.bill_item_name,
            other.coupon_code,
            other.expiry_year_month,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance = self.balance

        bill_item_name = self.bill_item_name

        coupon_code = self.coupon_code

        expiry_year_month = self.expiry_year_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if bill_item_name is not UNSET:
            field_dict["billItemName"] = bill_item_name
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if expiry_year_month is not UNSET:
            field_dict["expiryYearMonth"] = expiry_year_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        balance = d.pop("balance", UNSET)

        bill_item_name = d.pop("billItemName", UNSET)

        coupon_code = d.pop("couponCode", UNSET)

        expiry_year_month = d.pop("expiryYearMonth", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.balance = balance
        _self.bill_item_name = bill_item_name
        _self.coupon_code = coupon_code
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

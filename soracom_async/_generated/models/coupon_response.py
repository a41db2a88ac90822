from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_response_currency import CouponResponseCurrency
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="CouponResponse")


@_attrs_define(init=False, repr=False, eq=False)
class CouponResponse:
    """
    Attributes:
        amount (float | None | Unset): Amount.
        balance (float | None | Unset): Balance.
        bill_item_name (str | None | Unset): Item.
        coupon_code (str | None | Unset): Coupon code.
        currency (CouponResponseCurrency | None | Unset): Currency.
        expiry_year_month (str | None | Unset): Expiry month.
        order_id (str | None | Unset): Order ID.
    """

    amount: float | None | Unset = UNSET
    balance: float | None | Unset = UNSET
    bill_item_name: str | None | Unset = UNSET
    coupon_code: str | None | Unset = UNSET
    currency: CouponResponseCurrency | None | Unset = UNSET
    expiry_year_month: str | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        balance: float | None | Unset = UNSET,
        bill_item_name: str | None | Unset = UNSET,
        coupon_code: str | None | Unset = UNSET,
        currency: CouponResponseCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        expiry_year_month: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.balance = balance
        self.bill_item_name = bill_item_name
        self.coupon_code = coupon_code
        self.currency = as_enum(currency, CouponResponseCurrency, "CouponResponse", "currency")
        self.expiry_year_month = expiry_year_month
        self.order_id = order_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"balance={self.balance!r}, "
            f"bill_item_name={self.bill_item_name!r}, "
            f"coupon_code={self.coupon_code!r}, "
            f"currency={self.currency!r}, "
            f"expiry_year_month={self.expiry_year_month!r}, "
            f"order_id={self.order_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CouponResponse):
            return NotImplemented
        return (
            self.amount,
            self.balance,
            self.bill_item_name,
            self.coupon_code,
            self.currency,
            self.expiry_year_month,
            self.order_id,
            self.additional_properties,
        ) == (
            other.amount,
            other.balance,
            other.bill_item_name,
            other.coupon_code,
            other.currency,
            other.expiry_year_month,
            other.order_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance = self.balance

        bill_item_name = self.bill_item_name

        coupon_code = self.coupon_code

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        expiry_year_month = self.expiry_year_month

        order_id = self.order_id

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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expiry_year_month is not UNSET:
            field_dict["expiryYearMonth"] = expiry_year_month
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

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

        _currency = d.pop("currency", UNSET)
        currency: CouponResponseCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_CouponResponseCurrency[_currency]
            except (KeyError, TypeError):
                currency = CouponResponseCurrency(_currency)

        expiry_year_month = d.pop("expiryYearMonth", UNSET)

        order_id = d.pop("orderId", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.balance = balance
        _self.bill_item_name = bill_item_name
        _self.coupon_code = coupon_code
        _self.currency = currency
        _self.expiry_year_month = expiry_year_month
        _self.order_id = order_id
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
_by_value_CouponResponseCurrency = CouponResponseCurrency._value2member_map_

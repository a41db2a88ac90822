from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.daily_bill_currency import DailyBillCurrency
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="DailyBill")


@_attrs_define(init=False, repr=False, eq=False)
class DailyBill:
    """
    Attributes:
        amount (float | None | Unset): Amount of bills.
        currency (DailyBillCurrency | None | Unset): Currency of bills.
        date (str | None | Unset): Date
    """

    amount: float | None | Unset = UNSET
    currency: DailyBillCurrency | None | Unset = UNSET
    date: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        currency: DailyBillCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.currency = as_enum(currency, DailyBillCurrency, "DailyBill", "currency")
        self.date = date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"currency={self.currency!r}, "
            f"date={self.date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DailyBill):
            return NotImplemented
        return (
            self.amount,
            self.currency,
            self.date,
            self.additional_properties,
        ) == (
            other.amount,
            other.currency,
            other.date,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: DailyBillCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_DailyBillCurrency[_currency]
            except (KeyError, TypeError):
                currency = DailyBillCurrency(_currency)

        date = d.pop("date", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.currency = currency
        _self.date = date
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
_by_value_DailyBillCurrency = DailyBillCurrency._value2member_map_

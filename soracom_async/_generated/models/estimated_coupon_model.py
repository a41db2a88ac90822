from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimated_coupon_model_currency import EstimatedCouponModelCurrency
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="EstimatedCouponModel")


@_attrs_define(init=False, repr=False, eq=False)
class EstimatedCouponModel:
    """
    Attributes:
        amount (float | None | Unset): Amount.
        currency (EstimatedCouponModelCurrency | None | Unset): Currency.
        expiry_year_month (str | None | Unset): Expiry month.
        order_id (str | None | Unset): Order ID.
        tax_amount (float | None | Unset): Tax amount.
        total_amount (float | None | Unset): Total amount.
    """

    amount: float | None | Unset = UNSET
    currency: EstimatedCouponModelCurrency | None | Unset = UNSET
    expiry_year_month: str | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        currency: EstimatedCouponModelCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        expiry_year_month: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.currency = as_enum(
            currency, EstimatedCouponModelCurrency, "EstimatedCouponModel", "currency"
        )
        self.expiry_year_month = expiry_year_month
        self.order_id = order_id
        self.tax_amount = tax_amount
        self.total_amount = total_amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"currency={self.currency!r}, "
            f"expiry_year_month={self.expiry_year_month!r}, "
            f"order_id={self.order_id!r}, "
            f"tax_amount={self.tax_amount!r}, "
            f"total_amount={self.total_amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EstimatedCouponModel):
            return NotImplemented
        return (
            self.amount,
            self.currency,
            self.expiry_year_month,
            self.order_id,
            self.tax_amount,
            self.total_amount,
            self.additional_properties,
        ) == (
            other.amount,
            other.currency,
            other.expiry_year_month,
            other.order_id,
            other.tax_amount,
            other.total_amount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        expiry_year_month = self.expiry_year_month

        order_id = self.order_id

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expiry_year_month is not UNSET:
            field_dict["expiryYearMonth"] = expiry_year_month
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: EstimatedCouponModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_EstimatedCouponModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = EstimatedCouponModelCurrency(_currency)

        expiry_year_month = d.pop("expiryYearMonth", UNSET)

        order_id = d.pop("orderId", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.currency = currency
        _self.expiry_year_month = expiry_year_month
        _self.order_id = order_id
        _self.tax_amount = tax_amount
        _self.total_amount = total_amount
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
_by_value_EstimatedCouponModelCurrency = EstimatedCouponModelCurrency._value2member_map_

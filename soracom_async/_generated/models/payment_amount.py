from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_amount_currency import PaymentAmountCurrency
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.payment_amount_tax_rate import PaymentAmountTaxRate


T = TypeVar("T", bound="PaymentAmount")


@_attrs_define(init=False, repr=False, eq=False)
class PaymentAmount:
    """Payment amount.

    Attributes:
        currency (PaymentAmountCurrency | None | Unset): Currency.
        payment_amount (float | None | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset): Tax amount.
        tax_free_sub_total_amount (float | None | Unset): Tax free sub total amount.
        tax_rate (PaymentAmountTaxRate | None | Unset):
        taxable_sub_total_amount (float | None | Unset): Taxable sub total amount.
        total_amount (float | None | Unset): Total amount (tax included).
        withholding_tax_amount (float | None | Unset): Withholding tax amount.
    """

    currency: PaymentAmountCurrency | None | Unset = UNSET
    payment_amount: float | None | Unset = UNSET
    sub_total_amount: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    tax_free_sub_total_amount: float | None | Unset = UNSET
    tax_rate: PaymentAmountTaxRate | None | Unset = UNSET
    taxable_sub_total_amount: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    withholding_tax_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        currency: PaymentAmountCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        payment_amount: float | None | Unset = UNSET,
        sub_total_amount: float | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        tax_free_sub_total_amount: float | None | Unset = UNSET,
        tax_rate: PaymentAmountTaxRate | Mapping[str, Any] | None | Unset = UNSET,
        taxable_sub_total_amount: float | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
        withholding_tax_amount: float | None | Unset = UNSET,
    ) -> None:
        self.currency = as_enum(currency, PaymentAmountCurrency, "PaymentAmount", "currency")
        self.payment_amount = payment_amount
        self.sub_total_amount = sub_total_amount
        self.tax_amount = tax_amount
        self.tax_free_sub_total_amount = tax_free_sub_total_amount
        self.tax_rate = as_model(tax_rate, PaymentAmountTaxRate, "PaymentAmount", "tax_rate")
        self.taxable_sub_total_amount = taxable_sub_total_amount
        self.total_amount = total_amount
        self.withholding_tax_amount = withholding_tax_amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"currency={self.currency!r}, "
            f"payment_amount={self.payment_amount!r}, "
            f"sub_total_amount={self.sub_total_amount!r}, "
            f"tax_amount={self.tax_amount!r}, "
            f"tax_free_sub_total_amount={self.tax_free_sub_total_amount!r}, "
            f"tax_rate={self.tax_rate!r}, "
            f"taxable_sub_total_amount={self.taxable_sub_total_amount!r}, "
            f"total_amount={self.total_amount!r}, "
            f"withholding_tax_amount={self.withholding_tax_amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PaymentAmount):
            return NotImplemented
        return (
            self.currency,
            self.payment_amount,
            self.sub_total_amount,
            self.tax_amount,
            self.tax_free_sub_total_amount,
            self.tax_rate,
            self.taxable_sub_total_amount,
            self.total_amount,
            self.withholding_tax_amount,
            self.additional_properties,
        ) == (
            other.currency,
            other.payment_amount,
            other.sub_total_amount,
            other.tax_amount,
            other.tax_free_sub_total_amount,
            other.tax_rate,
            other.taxable_sub_total_amount,
            other.total_amount,
            other.withholding_tax_amount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        payment_amount = self.payment_amount

        sub_total_amount = self.sub_total_amount

        tax_amount = self.tax_amount

        tax_free_sub_total_amount = self.tax_free_sub_total_amount

        tax_rate: dict[str, Any] | None | Unset
        if self.tax_rate is None or self.tax_rate is UNSET:
            tax_rate = self.tax_rate
        else:
            tax_rate = self.tax_rate.to_dict()

        taxable_sub_total_amount = self.taxable_sub_total_amount

        total_amount = self.total_amount

        withholding_tax_amount = self.withholding_tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if sub_total_amount is not UNSET:
            field_dict["subTotalAmount"] = sub_total_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_free_sub_total_amount is not UNSET:
            field_dict["taxFreeSubTotalAmount"] = tax_free_sub_total_amount
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if taxable_sub_total_amount is not UNSET:
            field_dict["taxableSubTotalAmount"] = taxable_sub_total_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if withholding_tax_amount is not UNSET:
            field_dict["withholdingTaxAmount"] = withholding_tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: PaymentAmountCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_PaymentAmountCurrency[_currency]
            except (KeyError, TypeError):
                currency = PaymentAmountCurrency(_currency)

        payment_amount = d.pop("paymentAmount", UNSET)

        sub_total_amount = d.pop("subTotalAmount", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        tax_free_sub_total_amount = d.pop("taxFreeSubTotalAmount", UNSET)

        _tax_rate = d.pop("taxRate", UNSET)
        tax_rate: PaymentAmountTaxRate | None | Unset
        if _tax_rate is None or _tax_rate is UNSET:
            tax_rate = _tax_rate
        else:
            tax_rate = _from_dict_PaymentAmountTaxRate(_tax_rate)

        taxable_sub_total_amount = d.pop("taxableSubTotalAmount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        withholding_tax_amount = d.pop("withholdingTaxAmount", UNSET)

        _self = cls.__new__(cls)
        _self.currency = currency
        _self.payment_amount = payment_amount
        _self.sub_total_amount = sub_total_amount
        _self.tax_amount = tax_amount
        _self.tax_free_sub_total_amount = tax_free_sub_total_amount
        _self.tax_rate = tax_rate
        _self.taxable_sub_total_amount = taxable_sub_total_amount
        _self.total_amount = total_amount
        _self.withholding_tax_amount = withholding_tax_amount
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.payment_amount_tax_rate import PaymentAmountTaxRate  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_PaymentAmountCurrency = PaymentAmountCurrency._value2member_map_
_from_dict_PaymentAmountTaxRate = PaymentAmountTaxRate.from_dict

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_amount_currency import PaymentAmountCurrency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_amount_tax_rate import PaymentAmountTaxRate


T = TypeVar("T", bound="PaymentAmount")


@_attrs_define
class PaymentAmount:
    """Payment amount.

    Attributes:
        currency (PaymentAmountCurrency | Unset): Currency.
        payment_amount (float | Unset):
        sub_total_amount (float | Unset):
        tax_amount (float | Unset): Tax amount.
        tax_free_sub_total_amount (float | Unset): Tax free sub total amount.
        tax_rate (PaymentAmountTaxRate | Unset):
        taxable_sub_total_amount (float | Unset): Taxable sub total amount.
        total_amount (float | Unset): Total amount (tax included).
        withholding_tax_amount (float | Unset): Withholding tax amount.
    """

    currency: PaymentAmountCurrency | Unset = UNSET
    payment_amount: float | Unset = UNSET
    sub_total_amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_free_sub_total_amount: float | Unset = UNSET
    tax_rate: PaymentAmountTaxRate | Unset = UNSET
    taxable_sub_total_amount: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    withholding_tax_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str | Unset = UNSET
        if self.currency is not UNSET:
            currency = self.currency.value

        payment_amount = self.payment_amount

        sub_total_amount = self.sub_total_amount

        tax_amount = self.tax_amount

        tax_free_sub_total_amount = self.tax_free_sub_total_amount

        tax_rate: dict[str, Any] | Unset = UNSET
        if self.tax_rate is not UNSET:
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
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: PaymentAmountCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = PaymentAmountCurrency(_currency)

        payment_amount = d.pop("paymentAmount", UNSET)

        sub_total_amount = d.pop("subTotalAmount", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        tax_free_sub_total_amount = d.pop("taxFreeSubTotalAmount", UNSET)

        _tax_rate = d.pop("taxRate", UNSET)
        tax_rate: PaymentAmountTaxRate | Unset
        if isinstance(_tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = PaymentAmountTaxRate.from_dict(_tax_rate)

        taxable_sub_total_amount = d.pop("taxableSubTotalAmount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        withholding_tax_amount = d.pop("withholdingTaxAmount", UNSET)

        payment_amount = cls(
            currency=currency,
            payment_amount=payment_amount,
            sub_total_amount=sub_total_amount,
            tax_amount=tax_amount,
            tax_free_sub_total_amount=tax_free_sub_total_amount,
            tax_rate=tax_rate,
            taxable_sub_total_amount=taxable_sub_total_amount,
            total_amount=total_amount,
            withholding_tax_amount=withholding_tax_amount,
        )

        payment_amount.additional_properties = d
        return payment_amount

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

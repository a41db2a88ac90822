from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monthly_bill_currency import MonthlyBillCurrency
from ..models.monthly_bill_payment_status import MonthlyBillPaymentStatus
from ..models.monthly_bill_state import MonthlyBillState
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonthlyBill")


@_attrs_define
class MonthlyBill:
    """
    Attributes:
        amount (float | Unset): Amount of monthly bills.
        applied_coupon_amount (float | Unset): Amount of coupon applied.
        currency (MonthlyBillCurrency | Unset): Currency of bills.
        payment_status (MonthlyBillPaymentStatus | Unset): Latest payment status. For details, please refer to [Payment
            status of usage charges](https://support.soracom.io/hc/en-us/articles/360029337031).

            - `lessThanMinimumCharge`: Will be billed in the next month or later. (due to less than minimum charge)
            - `paying`: Payment in progress
            - `paid`: Paid
            - `fail`: Process failed
            - `refunding`: Refund in progress
            - `refunded`: Refunded
            - `refund_fail`: Refund failed
            - `delegating_to_third_party`: Delegating receivables
            - `delegated_to_third_party`: Delegated
            - `charging`: Charging in progress
            - `canceling`: Canceling
            - `cancelled`: Cancelled
            - `cancel_failed`: Failed to cancel
        payment_transaction_id (str | Unset): Transaction ID. Call [Payment:getPaymentTransaction
            API](#!/Payment/getPaymentTransaction) with this ID to get detail of payment.
        state (MonthlyBillState | Unset): Aggregation status of the billing

            - `temporary`: Aggregating
            - `closed`: Confirmed
        year_month (str | Unset): Year and month.
    """

    amount: float | Unset = UNSET
    applied_coupon_amount: float | Unset = UNSET
    currency: MonthlyBillCurrency | Unset = UNSET
    payment_status: MonthlyBillPaymentStatus | Unset = UNSET
    payment_transaction_id: str | Unset = UNSET
    state: MonthlyBillState | Unset = UNSET
    year_month: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        applied_coupon_amount = self.applied_coupon_amount

        currency: str | Unset = UNSET
        if self.currency is not UNSET:
            currency = self.currency.value

        payment_status: str | Unset = UNSET
        if self.payment_status is not UNSET:
            payment_status = self.payment_status.value

        payment_transaction_id = self.payment_transaction_id

        state: str | Unset = UNSET
        if self.state is not UNSET:
            state = self.state.value

        year_month = self.year_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if applied_coupon_amount is not UNSET:
            field_dict["appliedCouponAmount"] = applied_coupon_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if payment_transaction_id is not UNSET:
            field_dict["paymentTransactionId"] = payment_transaction_id
        if state is not UNSET:
            field_dict["state"] = state
        if year_month is not UNSET:
            field_dict["yearMonth"] = year_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        applied_coupon_amount = d.pop("appliedCouponAmount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: MonthlyBillCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = MonthlyBillCurrency(_currency)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: MonthlyBillPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = MonthlyBillPaymentStatus(_payment_status)

        payment_transaction_id = d.pop("paymentTransactionId", UNSET)

        _state = d.pop("state", UNSET)
        state: MonthlyBillState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = MonthlyBillState(_state)

        year_month = d.pop("yearMonth", UNSET)

        monthly_bill = cls(
            amount=amount,
            applied_coupon_amount=applied_coupon_amount,
            currency=currency,
            payment_status=payment_status,
            payment_transaction_id=payment_transaction_id,
            state=state,
            year_month=year_month,
        )

        monthly_bill.additional_properties = d
        return monthly_bill

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

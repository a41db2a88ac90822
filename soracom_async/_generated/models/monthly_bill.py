from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monthly_bill_currency import MonthlyBillCurrency
from ..models.monthly_bill_payment_status import MonthlyBillPaymentStatus
from ..models.monthly_bill_state import MonthlyBillState
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="MonthlyBill")


@_attrs_define(init=False, repr=False, eq=False)
class MonthlyBill:
    """
    Attributes:
        amount (float | None | Unset): Amount of monthly bills.
        applied_coupon_amount (float | None | Unset): Amount of coupon applied.
        currency (MonthlyBillCurrency | None | Unset): Currency of bills.
        payment_status (MonthlyBillPaymentStatus | None | Unset): Latest payment status. For details, please refer to
            [Payment status of usage charges](https://support.soracom.io/hc/en-us/articles/360029337031).

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
        payment_transaction_id (str | None | Unset): Transaction ID. Call [Payment:getPaymentTransaction
            API](#!/Payment/getPaymentTransaction) with this ID to get detail of payment.
        state (MonthlyBillState | None | Unset): Aggregation status of the billing

            - `temporary`: Aggregating
            - `closed`: Confirmed
        year_month (str | None | Unset): Year and month.
    """

    amount: float | None | Unset = UNSET
    applied_coupon_amount: float | None | Unset = UNSET
    currency: MonthlyBillCurrency | None | Unset = UNSET
    payment_status: MonthlyBillPaymentStatus | None | Unset = UNSET
    payment_transaction_id: str | None | Unset = UNSET
    state: MonthlyBillState | None | Unset = UNSET
    year_month: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        applied_coupon_amount: float | None | Unset = UNSET,
        currency: MonthlyBillCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        payment_status: MonthlyBillPaymentStatus
        | Literal[
            "lessThanMinimumCharge",
            "paying",
            "paid",
            "fail",
            "refunding",
            "refunded",
            "refund_fail",
            "delegating_to_third_party",
            "delegated_to_third_party",
            "charging",
            "canceling",
            "cancelled",
            "cancel_failed",
        ]
        | None
        | Unset = UNSET,
        payment_transaction_id: str | None | Unset = UNSET,
        state: MonthlyBillState | Literal["temporary", "closed"] | None | Unset = UNSET,
        year_month: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.applied_coupon_amount = applied_coupon_amount
        self.currency = as_enum(currency, MonthlyBillCurrency, "MonthlyBill", "currency")
        self.payment_status = as_enum(
            payment_status, MonthlyBillPaymentStatus, "MonthlyBill", "payment_status"
        )
        self.payment_transaction_id = payment_transaction_id
        self.state = as_enum(state, MonthlyBillState, "MonthlyBill", "state")
        self.year_month = year_month
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"applied_coupon_amount={self.applied_coupon_amount!r}, "
            f"currency={self.currency!r}, "
            f"payment_status={self.payment_status!r}, "
            f"payment_transaction_id={self.payment_transaction_id!r}, "
            f"state={self.state!r}, "
            f"year_month={self.year_month!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, MonthlyBill):
            return NotImplemented
        return (
            self.amount,
            self.applied_coupon_amount,
            self.currency,
            self.payment_status,
            self.payment_transaction_id,
            self.state,
            self.year_month,
            self.additional_properties,
        ) == (
            other.amount,
            other.applied_coupon_amount,
            other.currency,
            other.payment_status,
            other.payment_transaction_id,
            other.state,
            other.year_month,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        applied_coupon_amount = self.applied_coupon_amount

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        payment_status: str | None | Unset
        if self.payment_status is None or self.payment_status is UNSET:
            payment_status = self.payment_status
        else:
            payment_status = str(self.payment_status)

        payment_transaction_id = self.payment_transaction_id

        state: str | None | Unset
        if self.state is None or self.state is UNSET:
            state = self.state
        else:
            state = str(self.state)

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        applied_coupon_amount = d.pop("appliedCouponAmount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: MonthlyBillCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_MonthlyBillCurrency[_currency]
            except (KeyError, TypeError):
                currency = MonthlyBillCurrency(_currency)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: MonthlyBillPaymentStatus | None | Unset
        if _payment_status is None or _payment_status is UNSET:
            payment_status = _payment_status
        else:
            try:
                payment_status = _by_value_MonthlyBillPaymentStatus[_payment_status]
            except (KeyError, TypeError):
                payment_status = MonthlyBillPaymentStatus(_payment_status)

        payment_transaction_id = d.pop("paymentTransactionId", UNSET)

        _state = d.pop("state", UNSET)
        state: MonthlyBillState | None | Unset
        if _state is None or _state is UNSET:
            state = _state
        else:
            try:
                state = _by_value_MonthlyBillState[_state]
            except (KeyError, TypeError):
                state = MonthlyBillState(_state)

        year_month = d.pop("yearMonth", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.applied_coupon_amount = applied_coupon_amount
        _self.currency = currency
        _self.payment_status = payment_status
        _self.payment_transaction_id = payment_transaction_id
        _self.state = state
        _self.year_month = year_month
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
_by_value_MonthlyBillCurrency = MonthlyBillCurrency._value2member_map_
_by_value_MonthlyBillPaymentStatus = MonthlyBillPaymentStatus._value2member_map_
_by_value_MonthlyBillState = MonthlyBillState._value2member_map_

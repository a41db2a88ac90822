from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_statement_response_currency import PaymentStatementResponseCurrency
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="PaymentStatementResponse")


@_attrs_define(init=False, repr=False, eq=False)
class PaymentStatementResponse:
    """
    Attributes:
        amount (float | None | Unset): Amount.
        charged_year_months (list[str] | None | Unset): A list of months of usage included in this billing. If the
            billing is not for monthly charges, this field is omitted. If the monthly charge is less than a certain amount,
            it may be carried over to the next month. In such cases, this field may include multiple months.
        currency (PaymentStatementResponseCurrency | None | Unset): Currency.
        order_id (str | None | Unset): Order ID. If the billing is not an order, this field is omitted.
        payment_date_time (int | None | Unset): Payment date time.
        payment_instrument (str | None | Unset): Payment instrument.
        payment_method (str | None | Unset): Payment method.
        payment_statement_id (str | None | Unset): Payment statement ID.
        payment_statement_info (str | None | Unset): Payment statement information
    """

    amount: float | None | Unset = UNSET
    charged_year_months: list[str] | None | Unset = UNSET
    currency: PaymentStatementResponseCurrency | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    payment_date_time: int | None | Unset = UNSET
    payment_instrument: str | None | Unset = UNSET
    payment_method: str | None | Unset = UNSET
    payment_statement_id: str | None | Unset = UNSET
    payment_statement_info: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        charged_year_months: list[str] | None | Unset = UNSET,
        currency: PaymentStatementResponseCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        payment_date_time: int | None | Unset = UNSET,
        payment_instrument: str | None | Unset = UNSET,
        payment_method: str | None | Unset = UNSET,
        payment_statement_id: str | None | Unset = UNSET,
        payment_statement_info: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.charged_year_months = charged_year_months
        self.currency = as_enum(
            currency, PaymentStatementResponseCurrency, "PaymentStatementResponse", "currency"
        )
        self.order_id = order_id
        self.payment_date_time = payment_date_time
        self.payment_instrument = payment_instrument
        self.payment_method = payment_method
        self.payment_statement_id = payment_statement_id
        self.payment_statement_info = payment_statement_info
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"charged_year_months={self.charged_year_months!r}, "
            f"currency={self.currency!r}, "
            f"order_id={self.order_id!r}, "
            f"payment_date_time={self.payment_date_time!r}, "
            f"payment_instrument={self.payment_instrument!r}, "
            f"payment_method={self.payment_method!r}, "
            f"payment_statement_id={self.payment_statement_id!r}, "
            f"payment_statement_info={self.payment_statement_info!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PaymentStatementResponse):
            return NotImplemented
        return (
            self.amount,
            self.charged_year_months,
            self.currency,
            self.order_id,
            self.payment_date_time,
            self.payment_instrument,
            self.payment_method,
            self.payment_statement_id,
            self.payment_statement_info,
            self.additional_properties,
        ) == (
            other.amount,
            other.charged_year_months,
            other.currency,
            other.order_id,
            other.payment_date_time,
            other.payment_instrument,
            other.payment_method,
            other.payment_statement_id,
            other.payment_statement_info,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        charged_year_months: list[str] | None | Unset
        if self.charged_year_months is None or self.charged_year_months is UNSET:
            charged_year_months = self.charged_year_months
        else:
            charged_year_months = self.charged_year_months

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        order_id = self.order_id

        payment_date_time = self.payment_date_time

        payment_instrument = self.payment_instrument

        payment_method = self.payment_method

        payment_statement_id = self.payment_statement_id

        payment_statement_info = self.payment_statement_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if charged_year_months is not UNSET:
            field_dict["chargedYearMonths"] = charged_year_months
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if payment_date_time is not UNSET:
            field_dict["paymentDateTime"] = payment_date_time
        if payment_instrument is not UNSET:
            field_dict["paymentInstrument"] = payment_instrument
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_statement_id is not UNSET:
            field_dict["paymentStatementId"] = payment_statement_id
        if payment_statement_info is not UNSET:
            field_dict["paymentStatementInfo"] = payment_statement_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _charged_year_months = d.pop("chargedYearMonths", UNSET)
        charged_year_months: list[str] | None | Unset
        if _charged_year_months is None or _charged_year_months is UNSET:
            charged_year_months = _charged_year_months
        elif not isinstance(_charged_year_months, list):
            raise wrong_shape("chargedYearMonths", "a JSON array", _charged_year_months)
        else:
            charged_year_months = _charged_year_months

        _currency = d.pop("currency", UNSET)
        currency: PaymentStatementResponseCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_PaymentStatementResponseCurrency[_currency]
            except (KeyError, TypeError):
                currency = PaymentStatementResponseCurrency(_currency)

        order_id = d.pop("orderId", UNSET)

        payment_date_time = d.pop("paymentDateTime", UNSET)

        payment_instrument = d.pop("paymentInstrument", UNSET)

        payment_method = d.pop("paymentMethod", UNSET)

        payment_statement_id = d.pop("paymentStatementId", UNSET)

        payment_statement_info = d.pop("paymentStatementInfo", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.charged_year_months = charged_year_months
        _self.currency = currency
        _self.order_id = order_id
        _self.payment_date_time = payment_date_time
        _self.payment_instrument = payment_instrument
        _self.payment_method = payment_method
        _self.payment_statement_id = payment_statement_id
        _self.payment_statement_info = payment_statement_info
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
_by_value_PaymentStatementResponseCurrency = PaymentStatementResponseCurrency._value2member_map_

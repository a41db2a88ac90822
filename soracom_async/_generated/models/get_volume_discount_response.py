from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_volume_discount_response_currency import GetVolumeDiscountResponseCurrency
from ..models.get_volume_discount_response_status import GetVolumeDiscountResponseStatus
from ..models.get_volume_discount_response_volume_discount_payment_type import (
    GetVolumeDiscountResponseVolumeDiscountPaymentType,
)
from ..models.get_volume_discount_response_volume_discount_type import (
    GetVolumeDiscountResponseVolumeDiscountType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="GetVolumeDiscountResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetVolumeDiscountResponse:
    """
    Attributes:
        contract_id (str): Contract ID.
        contract_date_time (str | None | Unset): Contract date time. Example: yyyyMMddHHmmss.
        contract_term_month (int | None | Unset): Contract months. Default: 12.
        currency (GetVolumeDiscountResponseCurrency | None | Unset): Currency.
        end_date (str | None | Unset): End date. Example: yyyyMMdd.
        initial_cost (float | None | Unset): Initial cost.
        quantity (int | None | Unset): Quantity.
        start_date (str | None | Unset): Start date. Example: yyyyMMdd.
        status (GetVolumeDiscountResponseStatus | None | Unset): Status.
        unit_price (float | None | Unset): Unit price.
        volume_discount_payment_type (GetVolumeDiscountResponseVolumeDiscountPaymentType | None | Unset): Payment type.
        volume_discount_type (GetVolumeDiscountResponseVolumeDiscountType | None | Unset): Long term discount type.
    """

    contract_id: str
    contract_date_time: str | None | Unset = UNSET
    contract_term_month: int | None | Unset = 12
    currency: GetVolumeDiscountResponseCurrency | None | Unset = UNSET
    end_date: str | None | Unset = UNSET
    initial_cost: float | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    start_date: str | None | Unset = UNSET
    status: GetVolumeDiscountResponseStatus | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    volume_discount_payment_type: (
        GetVolumeDiscountResponseVolumeDiscountPaymentType | None | Unset
    ) = UNSET
    volume_discount_type: GetVolumeDiscountResponseVolumeDiscountType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        contract_id: str,
        contract_date_time: str | None | Unset = UNSET,
        contract_term_month: int | None | Unset = 12,
        currency: GetVolumeDiscountResponseCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        initial_cost: float | None | Unset = UNSET,
        quantity: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        status: GetVolumeDiscountResponseStatus
        | Literal["active", "expired"]
        | None
        | Unset = UNSET,
        unit_price: float | None | Unset = UNSET,
        volume_discount_payment_type: GetVolumeDiscountResponseVolumeDiscountPaymentType
        | Literal["MONTHLY", "PREPAYMENT"]
        | None
        | Unset = UNSET,
        volume_discount_type: GetVolumeDiscountResponseVolumeDiscountType
        | Literal[
            "SORACOM_AIR_BASIC_CHARGE_V2",
            "SORACOM_AIR_BASIC_CHARGE",
            "SORACOM_AIR_MONTHLY_FIXED_BASIC_CHARGE",
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.contract_id = contract_id
        self.contract_date_time = contract_date_time
        self.contract_term_month = contract_term_month
        self.currency = as_enum(
            currency, GetVolumeDiscountResponseCurrency, "GetVolumeDiscountResponse", "currency"
        )
        self.end_date = end_date
        self.initial_cost = initial_cost
        self.quantity = quantity
        self.start_date = start_date
        self.status = as_enum(
            status, GetVolumeDiscountResponseStatus, "GetVolumeDiscountResponse", "status"
        )
        self.unit_price = unit_price
        self.volume_discount_payment_type = as_enum(
            volume_discount_payment_type,
            GetVolumeDiscountResponseVolumeDiscountPaymentType,
            "GetVolumeDiscountResponse",
            "volume_discount_payment_type",
        )
        self.volume_discount_type = as_enum(
            volume_discount_type,
            GetVolumeDiscountResponseVolumeDiscountType,
            "GetVolumeDiscountResponse",
            "volume_discount_type",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"contract_id={self.contract_id!r}, "
            f"contract_date_time={self.contract_date_time!r}, "
            f"contract_term_month={self.contract_term_month!r}, "
            f"currency={self.currency!r}, "
            f"end_date={self.end_date!r}, "
            f"initial_cost={self.initial_cost!r}, "
            f"quantity={self.quantity!r}, "
            f"start_date={self.start_date!r}, "
            f"status={self.status!r}, "
            f"unit_price={self.unit_price!r}, "
            f"volume_discount_payment_type={self.volume_discount_payment_type!r}, "
            f"volume_discount_type={self.volume_discount_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetVolumeDiscountResponse
        ):
            return NotImplemented
        return (
            self.contract_id,
            self.contract_date_time,
            self.contract_term_month,
            self.currency,
            self.end_date,
            self.initial_cost,
            self.quantity,
            self.start_date,
            self.status,
            self.unit_price,
            self.volume_discount_payment_type,
            self.volume_discount_type,
            self.additional_properties,
        ) == (
            other.contract_id,
            other.contract_date_time,
            other.contract_term_month,
            other.currency,
            other.end_date,
            other.initial_cost,
            other.quantity,
            other.start_date,
            other.status,
            other.unit_price,
            other.volume_discount_payment_type,
            other.volume_discount_type,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        contract_date_time = self.contract_date_time

        contract_term_month = self.contract_term_month

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        end_date = self.end_date

        initial_cost = self.initial_cost

        quantity = self.quantity

        start_date = self.start_date

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        unit_price = self.unit_price

        volume_discount_payment_type: str | None | Unset
        if self.volume_discount_payment_type is None or self.volume_discount_payment_type is UNSET:
            volume_discount_payment_type = self.volume_discount_payment_type
        else:
            volume_discount_payment_type = str(self.volume_discount_payment_type)

        volume_discount_type: str | None | Unset
        if self.volume_discount_type is None or self.volume_discount_type is UNSET:
            volume_discount_type = self.volume_discount_type
        else:
            volume_discount_type = str(self.volume_discount_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractId": contract_id,
            }
        )
        if contract_date_time is not UNSET:
            field_dict["contractDateTime"] = contract_date_time
        if contract_term_month is not UNSET:
            field_dict["contractTermMonth"] = contract_term_month
        if currency is not UNSET:
            field_dict["currency"] = currency
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if initial_cost is not UNSET:
            field_dict["initialCost"] = initial_cost
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if volume_discount_payment_type is not UNSET:
            field_dict["volumeDiscountPaymentType"] = volume_discount_payment_type
        if volume_discount_type is not UNSET:
            field_dict["volumeDiscountType"] = volume_discount_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_contract_id = d.pop("contractId", None)
        if _required_contract_id is None:
            raise missing_field(cls.__name__, "contractId")
        contract_id = _required_contract_id

        contract_date_time = d.pop("contractDateTime", UNSET)

        contract_term_month = d.pop("contractTermMonth", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetVolumeDiscountResponseCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_GetVolumeDiscountResponseCurrency[_currency]
            except (KeyError, TypeError):
                currency = GetVolumeDiscountResponseCurrency(_currency)

        end_date = d.pop("endDate", UNSET)

        initial_cost = d.pop("initialCost", UNSET)

        quantity = d.pop("quantity", UNSET)

        start_date = d.pop("startDate", UNSET)

        _status = d.pop("status", UNSET)
        status: GetVolumeDiscountResponseStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_GetVolumeDiscountResponseStatus[_status]
            except (KeyError, TypeError):
                status = GetVolumeDiscountResponseStatus(_status)

        unit_price = d.pop("unitPrice", UNSET)

        _volume_discount_payment_type = d.pop("volumeDiscountPaymentType", UNSET)
        volume_discount_payment_type: (
            GetVolumeDiscountResponseVolumeDiscountPaymentType | None | Unset
        )
        if _volume_discount_payment_type is None or _volume_discount_payment_type is UNSET:
            volume_discount_payment_type = _volume_discount_payment_type
        else:
            try:
                volume_discount_payment_type = (
                    _by_value_GetVolumeDiscountResponseVolumeDiscountPaymentType[
                        _volume_discount_payment_type
                    ]
                )
            except (KeyError, TypeError):
                volume_discount_payment_type = GetVolumeDiscountResponseVolumeDiscountPaymentType(
                    _volume_discount_payment_type
                )

        _volume_discount_type = d.pop("volumeDiscountType", UNSET)
        volume_discount_type: GetVolumeDiscountResponseVolumeDiscountType | None | Unset
        if _volume_discount_type is None or _volume_discount_type is UNSET:
            volume_discount_type = _volume_discount_type
        else:
            try:
                volume_discount_type = _by_value_GetVolumeDiscountResponseVolumeDiscountType[
                    _volume_discount_type
                ]
            except (KeyError, TypeError):
                volume_discount_type = GetVolumeDiscountResponseVolumeDiscountType(
                    _volume_discount_type
                )

        _self = cls.__new__(cls)
        _self.contract_id = contract_id
        _self.contract_date_time = contract_date_time
        _self.contract_term_month = contract_term_month
        _self.currency = currency
        _self.end_date = end_date
        _self.initial_cost = initial_cost
        _self.quantity = quantity
        _self.start_date = start_date
        _self.status = status
        _self.unit_price = unit_price
        _self.volume_discount_payment_type = volume_discount_payment_type
        _self.volume_discount_type = volume_discount_type
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
_by_value_GetVolumeDiscountResponseCurrency = GetVolumeDiscountResponseCurrency._value2member_map_
_by_value_GetVolumeDiscountResponseStatus = GetVolumeDiscountResponseStatus._value2member_map_
_by_value_GetVolumeDiscountResponseVolumeDiscountPaymentType = (
    GetVolumeDiscountResponseVolumeDiscountPaymentType._value2member_map_
)
_by_value_GetVolumeDiscountResponseVolumeDiscountType = (
    GetVolumeDiscountResponseVolumeDiscountType._value2member_map_
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.available_long_term_discount_model_currency import (
    AvailableLongTermDiscountModelCurrency,
)
from ..models.available_long_term_discount_model_volume_discount_payment_type import (
    AvailableLongTermDiscountModelVolumeDiscountPaymentType,
)
from ..models.available_long_term_discount_model_volume_discount_type import (
    AvailableLongTermDiscountModelVolumeDiscountType,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="AvailableLongTermDiscountModel")


@_attrs_define(init=False, repr=False, eq=False)
class AvailableLongTermDiscountModel:
    """
    Attributes:
        contract_term_month (int | None | Unset): Contract months. Default: 12.
        currency (AvailableLongTermDiscountModelCurrency | None | Unset): Currency.
        tax_included_unit_price (float | None | Unset): Tax included unit price.
        unit_price (float | None | Unset): Unit price.
        volume_discount_payment_type (AvailableLongTermDiscountModelVolumeDiscountPaymentType | None | Unset): Payment
            type.
        volume_discount_type (AvailableLongTermDiscountModelVolumeDiscountType | None | Unset): Long term discount type.
    """

    contract_term_month: int | None | Unset = 12
    currency: AvailableLongTermDiscountModelCurrency | None | Unset = UNSET
    tax_included_unit_price: float | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    volume_discount_payment_type: (
        AvailableLongTermDiscountModelVolumeDiscountPaymentType | None | Unset
    ) = UNSET
    volume_discount_type: AvailableLongTermDiscountModelVolumeDiscountType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        contract_term_month: int | None | Unset = 12,
        currency: AvailableLongTermDiscountModelCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        tax_included_unit_price: float | None | Unset = UNSET,
        unit_price: float | None | Unset = UNSET,
        volume_discount_payment_type: AvailableLongTermDiscountModelVolumeDiscountPaymentType
        | Literal["MONTHLY", "PREPAYMENT"]
        | None
        | Unset = UNSET,
        volume_discount_type: AvailableLongTermDiscountModelVolumeDiscountType
        | Literal[
            "SORACOM_AIR_BASIC_CHARGE_V2",
            "SORACOM_AIR_BASIC_CHARGE",
            "SORACOM_AIR_MONTHLY_FIXED_BASIC_CHARGE",
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.contract_term_month = contract_term_month
        self.currency = as_enum(
            currency,
            AvailableLongTermDiscountModelCurrency,
            "AvailableLongTermDiscountModel",
            "currency",
        )
        self.tax_included_unit_price = tax_included_unit_price
        self.unit_price = unit_price
        self.volume_discount_payment_type = as_enum(
            volume_discount_payment_type,
            AvailableLongTermDiscountModelVolumeDiscountPaymentType,
            "AvailableLongTermDiscountModel",
            "volume_discount_payment_type",
        )
        self.volume_discount_type = as_enum(
            volume_discount_type,
            AvailableLongTermDiscountModelVolumeDiscountType,
            "AvailableLongTermDiscountModel",
            "volume_discount_type",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"contract_term_month={self.contract_term_month!r}, "
            f"currency={self.currency!r}, "
            f"tax_included_unit_price={self.tax_included_unit_price!r}, "
            f"unit_price={self.unit_price!r}, "
            f"volume_discount_payment_type={self.volume_discount_payment_type!r}, "
            f"volume_discount_type={self.volume_discount_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AvailableLongTermDiscountModel
        ):
            return NotImplemented
        return (
            self.contract_term_month,
            self.currency,
            self.tax_included_unit_price,
            self.unit_price,
            self.volume_discount_payment_type,
            self.volume_discount_type,
            self.additional_properties,
        ) == (
            other.contract_term_month,
            other.currency,
            other.tax_included_unit_price,
            other.unit_price,
            other.volume_discount_payment_type,
            other.volume_discount_type,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        contract_term_month = self.contract_term_month

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        tax_included_unit_price = self.tax_included_unit_price

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
        field_dict.update({})
        if contract_term_month is not UNSET:
            field_dict["contractTermMonth"] = contract_term_month
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_included_unit_price is not UNSET:
            field_dict["taxIncludedUnitPrice"] = tax_included_unit_price
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
        contract_term_month = d.pop("contractTermMonth", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: AvailableLongTermDiscountModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_AvailableLongTermDiscountModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = AvailableLongTermDiscountModelCurrency(_currency)

        tax_included_unit_price = d.pop("taxIncludedUnitPrice", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        _volume_discount_payment_type = d.pop("volumeDiscountPaymentType", UNSET)
        volume_discount_payment_type: (
            AvailableLongTermDiscountModelVolumeDiscountPaymentType | None | Unset
        )
        if _volume_discount_payment_type is None or _volume_discount_payment_type is UNSET:
            volume_discount_payment_type = _volume_discount_payment_type
        else:
            try:
                volume_discount_payment_type = (
                    _by_value_AvailableLongTermDiscountModelVolumeDiscountPaymentType[
                        _volume_discount_payment_type
                    ]
                )
            except (KeyError, TypeError):
                volume_discount_payment_type = (
                    AvailableLongTermDiscountModelVolumeDiscountPaymentType(
                        _volume_discount_payment_type
                    )
                )

        _volume_discount_type = d.pop("volumeDiscountType", UNSET)
        volume_discount_type: AvailableLongTermDiscountModelVolumeDiscountType | None | Unset
        if _volume_discount_type is None or _volume_discount_type is UNSET:
            volume_discount_type = _volume_discount_type
        else:
            try:
                volume_discount_type = _by_value_AvailableLongTermDiscountModelVolumeDiscountType[
                    _volume_discount_type
                ]
            except (KeyError, TypeError):
                volume_discount_type = AvailableLongTermDiscountModelVolumeDiscountType(
                    _volume_discount_type
                )

        _self = cls.__new__(cls)
        _self.contract_term_month = contract_term_month
        _self.currency = currency
        _self.tax_included_unit_price = tax_included_unit_price
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
_by_value_AvailableLongTermDiscountModelCurrency = (
    AvailableLongTermDiscountModelCurrency._value2member_map_
)
_by_value_AvailableLongTermDiscountModelVolumeDiscountPaymentType = (
    AvailableLongTermDiscountModelVolumeDiscountPaymentType._value2member_map_
)
_by_value_AvailableLongTermDiscountModelVolumeDiscountType = (
    AvailableLongTermDiscountModelVolumeDiscountType._value2member_map_
)

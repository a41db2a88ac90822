from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_estimated_volume_discount_request_volume_discount_payment_type import (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType,
)
from ..models.create_estimated_volume_discount_request_volume_discount_type import (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="CreateEstimatedVolumeDiscountRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateEstimatedVolumeDiscountRequest:
    """
    Attributes:
        contract_term_month (int): Contract months. Default: 12.
        quantity (int): Quantity.
        volume_discount_payment_type (CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType): Payment type.
        volume_discount_type (CreateEstimatedVolumeDiscountRequestVolumeDiscountType): Long term discount type.
        start_date (str | None | Unset): Start date. Example: yyyyMMdd.
    """

    quantity: int
    volume_discount_payment_type: CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType
    volume_discount_type: CreateEstimatedVolumeDiscountRequestVolumeDiscountType
    contract_term_month: int = 12
    start_date: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        quantity: int,
        volume_discount_payment_type: CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType
        | Literal["MONTHLY", "PREPAYMENT"],
        volume_discount_type: CreateEstimatedVolumeDiscountRequestVolumeDiscountType
        | Literal[
            "SORACOM_AIR_BASIC_CHARGE_V2",
            "SORACOM_AIR_BASIC_CHARGE",
            "SORACOM_AIR_MONTHLY_FIXED_BASIC_CHARGE",
        ],
        contract_term_month: int = 12,
        start_date: str | None | Unset = UNSET,
    ) -> None:
        self.quantity = quantity
        self.volume_discount_payment_type = as_enum(
            volume_discount_payment_type,
            CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType,
            "CreateEstimatedVolumeDiscountRequest",
            "volume_discount_payment_type",
        )
        self.volume_discount_type = as_enum(
            volume_discount_type,
            CreateEstimatedVolumeDiscountRequestVolumeDiscountType,
            "CreateEstimatedVolumeDiscountRequest",
            "volume_discount_type",
        )
        self.contract_term_month = contract_term_month
        self.start_date = start_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"quantity={self.quantity!r}, "
            f"volume_discount_payment_type={self.volume_discount_payment_type!r}, "
            f"volume_discount_type={self.volume_discount_type!r}, "
            f"contract_term_month={self.contract_term_month!r}, "
            f"start_date={self.start_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateEstimatedVolumeDiscountRequest
        ):
            return NotImplemented
        return (
            self.quantity,
            self.volume_discount_payment_type,
            self.volume_discount_type,
            self.contract_term_month,
            self.start_date,
            self.additional_properties,
        ) == (
            other.quantity,
            other.volume_discount_payment_type,
            other.volume_discount_type,
            other.contract_term_month,
            other.start_date,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        contract_term_month = self.contract_term_month

        quantity = self.quantity

        volume_discount_payment_type = str(self.volume_discount_payment_type)

        volume_discount_type = str(self.volume_discount_type)

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractTermMonth": contract_term_month,
                "quantity": quantity,
                "volumeDiscountPaymentType": volume_discount_payment_type,
                "volumeDiscountType": volume_discount_type,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_contract_term_month = d.pop("contractTermMonth", None)
        if _required_contract_term_month is None:
            raise missing_field(cls.__name__, "contractTermMonth")
        contract_term_month = _required_contract_term_month

        _required_quantity = d.pop("quantity", None)
        if _required_quantity is None:
            raise missing_field(cls.__name__, "quantity")
        quantity = _required_quantity

        _required_volume_discount_payment_type = d.pop("volumeDiscountPaymentType", None)
        if _required_volume_discount_payment_type is None:
            raise missing_field(cls.__name__, "volumeDiscountPaymentType")
        _volume_discount_payment_type = _required_volume_discount_payment_type
        try:
            volume_discount_payment_type = (
                _by_value_CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType[
                    _volume_discount_payment_type
                ]
            )
        except (KeyError, TypeError):
            volume_discount_payment_type = (
                CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType(
                    _volume_discount_payment_type
                )
            )

        _required_volume_discount_type = d.pop("volumeDiscountType", None)
        if _required_volume_discount_type is None:
            raise missing_field(cls.__name__, "volumeDiscountType")
        _volume_discount_type = _required_volume_discount_type
        try:
            volume_discount_type = _by_value_CreateEstimatedVolumeDiscountRequestVolumeDiscountType[
                _volume_discount_type
            ]
        except (KeyError, TypeError):
            volume_discount_type = CreateEstimatedVolumeDiscountRequestVolumeDiscountType(
                _volume_discount_type
            )

        start_date = d.pop("startDate", UNSET)

        _self = cls.__new__(cls)
        _self.contract_term_month = contract_term_month
        _self.quantity = quantity
        _self.volume_discount_payment_type = volume_discount_payment_type
        _self.volume_discount_type = volume_discount_type
        _self.start_date = start_date
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
_by_value_CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType = (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType._value2member_map_
)
_by_value_CreateEstimatedVolumeDiscountRequestVolumeDiscountType = (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountType._value2member_map_
)

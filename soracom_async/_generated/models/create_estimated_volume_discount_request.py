from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_estimated_volume_discount_request_volume_discount_payment_type import (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType,
)
from ..models.create_estimated_volume_discount_request_volume_discount_type import (
    CreateEstimatedVolumeDiscountRequestVolumeDiscountType,
)
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="CreateEstimatedVolumeDiscountRequest")


@_attrs_define
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
        contract_term_month = d.pop("contractTermMonth")

        quantity = d.pop("quantity")

        volume_discount_payment_type = (
            CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType(
                d.pop("volumeDiscountPaymentType")
            )
        )

        volume_discount_type = CreateEstimatedVolumeDiscountRequestVolumeDiscountType(
            d.pop("volumeDiscountType")
        )

        start_date = d.pop("startDate", UNSET)

        create_estimated_volume_discount_request = cls(
            contract_term_month=contract_term_month,
            quantity=quantity,
            volume_discount_payment_type=volume_discount_payment_type,
            volume_discount_type=volume_discount_type,
            start_date=start_date,
        )

        create_estimated_volume_discount_request.additional_properties = d
        return create_estimated_volume_discount_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="BillItemCostBreakdown")


@_attrs_define(init=False, repr=False, eq=False)
class BillItemCostBreakdown:
    """
    Attributes:
        amount (float | None | Unset): Amount.
        bill_item_category (str | None | Unset): Bill item category.
        bill_item_name (str | None | Unset): Bill item name.
    """

    amount: float | None | Unset = UNSET
    bill_item_category: str | None | Unset = UNSET
    bill_item_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: float | None | Unset = UNSET,
        bill_item_category: str | None | Unset = UNSET,
        bill_item_name: str | None | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.bill_item_category = bill_item_category
        self.bill_item_name = bill_item_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"bill_item_category={self.bill_item_category!r}, "
            f"bill_item_name={self.bill_item_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BillItemCostBreakdown):
            return NotImplemented
        return (
            self.amount,
            self.bill_item_category,
            self.bill_item_name,
            self.additional_properties,
        ) == (
            other.amount,
            other.bill_item_category,
            other.bill_item_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        bill_item_category = self.bill_item_category

        bill_item_name = self.bill_item_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bill_item_category is not UNSET:
            field_dict["billItemCategory"] = bill_item_category
        if bill_item_name is not UNSET:
            field_dict["billItemName"] = bill_item_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        bill_item_category = d.pop("billItemCategory", UNSET)

        bill_item_name = d.pop("billItemName", UNSET)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.bill_item_category = bill_item_category
        _self.bill_item_name = bill_item_name
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

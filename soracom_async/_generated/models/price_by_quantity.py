from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="PriceByQuantity")


@_attrs_define(init=False, repr=False, eq=False)
class PriceByQuantity:
    """
    Attributes:
        min_quantity (int | None | Unset): Min quantity.
        price (float | None | Unset): Price.
        tax_included_price (float | None | Unset): Tax Included price.
    """

    min_quantity: int | None | Unset = UNSET
    price: float | None | Unset = UNSET
    tax_included_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        min_quantity: int | None | Unset = UNSET,
        price: float | None | Unset = UNSET,
        tax_included_price: float | None | Unset = UNSET,
    ) -> None:
        self.min_quantity = min_quantity
        self.price = price
        self.tax_included_price = tax_included_price
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"min_quantity={self.min_quantity!r}, "
            f"price={self.price!r}, "
            f"tax_included_price={self.tax_included_price!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PriceByQuantity):
            return NotImplemented
        return (
            self.min_quantity,
            self.price,
            self.tax_included_price,
            self.additional_properties,
        ) == (
            other.min_quantity,
            other.price,
            other.tax_included_price,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        min_quantity = self.min_quantity

        price = self.price

        tax_included_price = self.tax_included_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_quantity is not UNSET:
            field_dict["minQuantity"] = min_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if tax_included_price is not UNSET:
            field_dict["taxIncludedPrice"] = tax_included_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        min_quantity = d.pop("minQuantity", UNSET)

        price = d.pop("price", UNSET)

        tax_included_price = d.pop("taxIncludedPrice", UNSET)

        _self = cls.__new__(cls)
        _self.min_quantity = min_quantity
        _self.price = price
        _self.tax_included_price = tax_included_price
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

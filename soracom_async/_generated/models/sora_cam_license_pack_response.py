from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamLicensePackResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamLicensePackResponse:
    """
    Attributes:
        id (str | None | Unset): ID of the license pack. Example: CR7-SC.
        name (str | None | Unset): Name of the license pack. Example: Cloud Recording License (7 Days).
        quantity (int | None | Unset): The quantity of licenses in the license pack. Example: 1.
        quantity_in_use (int | None | Unset): The quantity of licenses in the license pack currently in use. Example: 1.
        sales_channel (str | None | Unset): Sales channel of the license pack. Example: SORACOM Inc..
    """

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    quantity_in_use: int | None | Unset = UNSET
    sales_channel: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        quantity: int | None | Unset = UNSET,
        quantity_in_use: int | None | Unset = UNSET,
        sales_channel: str | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.quantity = quantity
        self.quantity_in_use = quantity_in_use
        self.sales_channel = sales_channel
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"quantity={self.quantity!r}, "
            f"quantity_in_use={self.quantity_in_use!r}, "
            f"sales_channel={self.sales_channel!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamLicensePackResponse
        ):
            return NotImplemented
        return (
            self.id,
            self.name,
            self.quantity,
            self.quantity_in_use,
            self.sales_channel,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.quantity,
            other.quantity_in_use,
            other.sales_channel,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        quantity = self.quantity

        quantity_in_use = self.quantity_in_use

        sales_channel = self.sales_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if quantity_in_use is not UNSET:
            field_dict["quantityInUse"] = quantity_in_use
        if sales_channel is not UNSET:
            field_dict["salesChannel"] = sales_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        quantity_in_use = d.pop("quantityInUse", UNSET)

        sales_channel = d.pop("salesChannel", UNSET)

        _self = cls.__new__(cls)
        _self.id = id
        _self.name = name
        _self.quantity = quantity
        _self.quantity_in_use = quantity_in_use
        _self.sales_channel = sales_channel
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

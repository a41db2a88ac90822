from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamLicensePackQuantityUpdatingRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamLicensePackQuantityUpdatingRequest:
    """
    Attributes:
        current_quantity (int | None | Unset): Current license quantity of the license pack. Example: 1.
        desired_quantity (int | None | Unset): Desired license quantity of the license pack. Example: 2.
    """

    current_quantity: int | None | Unset = UNSET
    desired_quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        current_quantity: int | None | Unset = UNSET,
        desired_quantity: int | None | Unset = UNSET,
    ) -> None:
        self.current_quantity = current_quantity
        self.desired_quantity = desired_quantity
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"current_quantity={self.current_quantity!r}, "
            f"desired_quantity={self.desired_quantity!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamLicensePackQuantityUpdatingRequest
        ):
            return NotImplemented
        return (
            self.current_quantity,
            self.desired_quantity,
            self.additional_properties,
        ) == (
            other.current_quantity,
            other.desired_quantity,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        current_quantity = self.current_quantity

        desired_quantity = self.desired_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_quantity is not UNSET:
            field_dict["currentQuantity"] = current_quantity
        if desired_quantity is not UNSET:
            field_dict["desiredQuantity"] = desired_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        current_quantity = d.pop("currentQuantity", UNSET)

        desired_quantity = d.pop("desiredQuantity", UNSET)

        _self = cls.__new__(cls)
        _self.current_quantity = current_quantity
        _self.desired_quantity = desired_quantity
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

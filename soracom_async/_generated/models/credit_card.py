from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="CreditCard")


@_attrs_define(init=False, repr=False, eq=False)
class CreditCard:
    """
    Attributes:
        cvc (str | None | Unset):
        expire_month (int | None | Unset):
        expire_year (int | None | Unset):
        name (str | None | Unset):
        number (str | None | Unset):
    """

    cvc: str | None | Unset = UNSET
    expire_month: int | None | Unset = UNSET
    expire_year: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    number: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        cvc: str | None | Unset = UNSET,
        expire_month: int | None | Unset = UNSET,
        expire_year: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        number: str | None | Unset = UNSET,
    ) -> None:
        self.cvc = cvc
        self.expire_month = expire_month
        self.expire_year = expire_year
        self.name = name
        self.number = number
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cvc={self.cvc!r}, "
            f"expire_month={self.expire_month!r}, "
            f"expire_year={self.expire_year!r}, "
            f"name={self.name!r}, "
            f"number={self.number!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreditCard):
            return NotImplemented
        return (
            self.cvc,
            self.expire_month,
            self.expire_year,
            self.name,
            self.number,
            self.additional_properties,
        ) == (
            other.cvc,
            other.expire_month,
            other.expire_year,
            other.name,
            other.number,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        cvc = self.cvc

        expire_month = self.expire_month

        expire_year = self.expire_year

        name = self.name

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if expire_month is not UNSET:
            field_dict["expireMonth"] = expire_month
        if expire_year is not UNSET:
            field_dict["expireYear"] = expire_year
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        cvc = d.pop("cvc", UNSET)

        expire_month = d.pop("expireMonth", UNSET)

        expire_year = d.pop("expireYear", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        _self = cls.__new__(cls)
        _self.cvc = cvc
        _self.expire_month = expire_month
        _self.expire_year = expire_year
        _self.name = name
        _self.number = number
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

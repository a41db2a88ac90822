from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="RegisterPayerInformationModel")


@_attrs_define(init=False, repr=False, eq=False)
class RegisterPayerInformationModel:
    """
    Attributes:
        company_name (str | None | Unset): Company name
        department (str | None | Unset): Department.
        full_name (str | None | Unset): Full name.
    """

    company_name: str | None | Unset = UNSET
    department: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        company_name: str | None | Unset = UNSET,
        department: str | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
    ) -> None:
        self.company_name = company_name
        self.department = department
        self.full_name = full_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"company_name={self.company_name!r}, "
            f"department={self.department!r}, "
            f"full_name={self.full_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, RegisterPayerInformationModel
        ):
            return NotImplemented
        return (
            self.company_name,
            self.department,
            self.full_name,
            self.additional_properties,
        ) == (
            other.company_name,
            other.department,
            other.full_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        department = self.department

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department is not UNSET:
            field_dict["department"] = department
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        company_name = d.pop("companyName", UNSET)

        department = d.pop("department", UNSET)

        full_name = d.pop("fullName", UNSET)

        _self = cls.__new__(cls)
        _self.company_name = company_name
        _self.department = department
        _self.full_name = full_name
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

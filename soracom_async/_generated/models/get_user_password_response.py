from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GetUserPasswordResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetUserPasswordResponse:
    """
    Attributes:
        has_password (bool | None | Unset):
    """

    has_password: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        has_password: bool | None | Unset = UNSET,
    ) -> None:
        self.has_password = has_password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"has_password={self.has_password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GetUserPasswordResponse):
            return NotImplemented
        return (
            self.has_password,
            self.additional_properties,
        ) == (
            other.has_password,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        has_password = self.has_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_password is not UNSET:
            field_dict["hasPassword"] = has_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        has_password = d.pop("hasPassword", UNSET)

        _self = cls.__new__(cls)
        _self.has_password = has_password
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

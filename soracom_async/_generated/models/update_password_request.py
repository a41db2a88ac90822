from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="UpdatePasswordRequest")


@_attrs_define(init=False, repr=False, eq=False)
class UpdatePasswordRequest:
    """
    Attributes:
        current_password (str):
        new_password (str):
    """

    current_password: str
    new_password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        current_password: str,
        new_password: str,
    ) -> None:
        self.current_password = current_password
        self.new_password = new_password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"current_password={self.current_password!r}, "
            f"new_password={self.new_password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UpdatePasswordRequest):
            return NotImplemented
        return (
            self.current_password,
            self.new_password,
            self.additional_properties,
        ) == (
            other.current_password,
            other.new_password,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        current_password = self.current_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPassword": current_password,
                "newPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_current_password = d.pop("currentPassword", None)
        if _required_current_password is None:
            raise missing_field(cls.__name__, "currentPassword")
        current_password = _required_current_password

        _required_new_password = d.pop("newPassword", None)
        if _required_new_password is None:
            raise missing_field(cls.__name__, "newPassword")
        new_password = _required_new_password

        _self = cls.__new__(cls)
        _self.current_password = current_password
        _self.new_password = new_password
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

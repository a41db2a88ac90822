from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GetDefaultPermissionsResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetDefaultPermissionsResponse:
    """
    Attributes:
        default_permissions (str | None | Unset):
    """

    default_permissions: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        default_permissions: str | None | Unset = UNSET,
    ) -> None:
        self.default_permissions = default_permissions
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"default_permissions={self.default_permissions!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetDefaultPermissionsResponse
        ):
            return NotImplemented
        return (
            self.default_permissions,
            self.additional_properties,
        ) == (
            other.default_permissions,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        default_permissions = self.default_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_permissions is not UNSET:
            field_dict["defaultPermissions"] = default_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        default_permissions = d.pop("defaultPermissions", UNSET)

        _self = cls.__new__(cls)
        _self.default_permissions = default_permissions
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

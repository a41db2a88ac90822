from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lagoon_user_permission_updating_request_role import (
    LagoonUserPermissionUpdatingRequestRole,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="LagoonUserPermissionUpdatingRequest")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonUserPermissionUpdatingRequest:
    """
    Attributes:
        role (LagoonUserPermissionUpdatingRequestRole | None | Unset): A role that represents the permission.
    """

    role: LagoonUserPermissionUpdatingRequestRole | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        role: LagoonUserPermissionUpdatingRequestRole
        | Literal["Viewer", "Editor"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.role = as_enum(
            role,
            LagoonUserPermissionUpdatingRequestRole,
            "LagoonUserPermissionUpdatingRequest",
            "role",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"role={self.role!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LagoonUserPermissionUpdatingRequest
        ):
            return NotImplemented
        return (
            self.role,
            self.additional_properties,
        ) == (
            other.role,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        role: str | None | Unset
        if self.role is None or self.role is UNSET:
            role = self.role
        else:
            role = str(self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: LagoonUserPermissionUpdatingRequestRole | None | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            try:
                role = _by_value_LagoonUserPermissionUpdatingRequestRole[_role]
            except (KeyError, TypeError):
                role = LagoonUserPermissionUpdatingRequestRole(_role)

        _self = cls.__new__(cls)
        _self.role = role
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


# Parsers called per object, bound once (after every import).
_by_value_LagoonUserPermissionUpdatingRequestRole = (
    LagoonUserPermissionUpdatingRequestRole._value2member_map_
)

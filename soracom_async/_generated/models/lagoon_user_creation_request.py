from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lagoon_user_creation_request_role import LagoonUserCreationRequestRole
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="LagoonUserCreationRequest")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonUserCreationRequest:
    """
    Attributes:
        role (LagoonUserCreationRequestRole | None | Unset): A role that represents the permission.
        user_email (str | None | Unset):
        user_password (str | None | Unset):
    """

    role: LagoonUserCreationRequestRole | None | Unset = UNSET
    user_email: str | None | Unset = UNSET
    user_password: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        role: LagoonUserCreationRequestRole | Literal["Viewer", "Editor"] | None | Unset = UNSET,
        user_email: str | None | Unset = UNSET,
        user_password: str | None | Unset = UNSET,
    ) -> None:
        self.role = as_enum(
            role, LagoonUserCreationRequestRole, "LagoonUserCreationRequest", "role"
        )
        self.user_email = user_email
        self.user_password = user_password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"role={self.role!r}, "
            f"user_email={self.user_email!r}, "
            f"user_password={self.user_password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LagoonUserCreationRequest
        ):
            return NotImplemented
        return (
            self.role,
            self.user_email,
            self.user_password,
            self.additional_properties,
        ) == (
            other.role,
            other.user_email,
            other.user_password,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        role: str | None | Unset
        if self.role is None or self.role is UNSET:
            role = self.role
        else:
            role = str(self.role)

        user_email = self.user_email

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if user_password is not UNSET:
            field_dict["userPassword"] = user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: LagoonUserCreationRequestRole | None | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            try:
                role = _by_value_LagoonUserCreationRequestRole[_role]
            except (KeyError, TypeError):
                role = LagoonUserCreationRequestRole(_role)

        user_email = d.pop("userEmail", UNSET)

        user_password = d.pop("userPassword", UNSET)

        _self = cls.__new__(cls)
        _self.role = role
        _self.user_email = user_email
        _self.user_password = user_password
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
_by_value_LagoonUserCreationRequestRole = LagoonUserCreationRequestRole._value2member_map_

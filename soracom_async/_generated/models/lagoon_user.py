from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lagoon_user_role import LagoonUserRole
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="LagoonUser")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonUser:
    """
    Attributes:
        email (str | None | Unset): This value used on login.
        id (float | None | Unset):
        last_seen_at (str | None | Unset): The last login datetime.
        last_seen_at_age (str | None | Unset): The last login datetime as age.
        role (LagoonUserRole | None | Unset): A role that represents the permission.
    """

    email: str | None | Unset = UNSET
    id: float | None | Unset = UNSET
    last_seen_at: str | None | Unset = UNSET
    last_seen_at_age: str | None | Unset = UNSET
    role: LagoonUserRole | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        email: str | None | Unset = UNSET,
        id: float | None | Unset = UNSET,
        last_seen_at: str | None | Unset = UNSET,
        last_seen_at_age: str | None | Unset = UNSET,
        role: LagoonUserRole | Literal["Viewer", "Editor"] | None | Unset = UNSET,
    ) -> None:
        self.email = email
        self.id = id
        self.last_seen_at = last_seen_at
        self.last_seen_at_age = last_seen_at_age
        self.role = as_enum(role, LagoonUserRole, "LagoonUser", "role")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"email={self.email!r}, "
            f"id={self.id!r}, "
            f"last_seen_at={self.last_seen_at!r}, "
            f"last_seen_at_age={self.last_seen_at_age!r}, "
            f"role={self.role!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LagoonUser):
            return NotImplemented
        return (
            self.email,
            self.id,
            self.last_seen_at,
            self.last_seen_at_age,
            self.role,
            self.additional_properties,
        ) == (
            other.email,
            other.id,
            other.last_seen_at,
            other.last_seen_at_age,
            other.role,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        last_seen_at = self.last_seen_at

        last_seen_at_age = self.last_seen_at_age

        role: str | None | Unset
        if self.role is None or self.role is UNSET:
            role = self.role
        else:
            role = str(self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at
        if last_seen_at_age is not UNSET:
            field_dict["lastSeenAtAge"] = last_seen_at_age
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        last_seen_at = d.pop("lastSeenAt", UNSET)

        last_seen_at_age = d.pop("lastSeenAtAge", UNSET)

        _role = d.pop("role", UNSET)
        role: LagoonUserRole | None | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            try:
                role = _by_value_LagoonUserRole[_role]
            except (KeyError, TypeError):
                role = LagoonUserRole(_role)

        _self = cls.__new__(cls)
        _self.email = email
        _self.id = id
        _self.last_seen_at = last_seen_at
        _self.last_seen_at_age = last_seen_at_age
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
_by_value_LagoonUserRole = LagoonUserRole._value2member_map_

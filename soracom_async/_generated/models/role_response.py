from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_response_owner import RoleResponseOwner
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="RoleResponse")


@_attrs_define(init=False, repr=False, eq=False)
class RoleResponse:
    """
    Attributes:
        role_id (str): Role ID. For operator managed roles, this is the role ID specified at creation. For Soracom
            managed roles, this will be in SRN (Soracom Resource Name) format.
        create_date_time (int | None | Unset): The creation date and time of the role (UNIX time in seconds).
        description (str | None | Unset): The description of the role.
        owner (RoleResponseOwner | None | Unset): The type of the role. It can be one of the following:
            - `operator`: Operator managed role
            - `soracom`: Soracom managed role
        permission (str | None | Unset): Permission as JSON.
        role_name (str | None | Unset): Role name. For operator managed roles, this will be the same as `roleId`. For
            Soracom managed roles, this will be the resource name part of the SRN (e.g., `srn:soracom:::Role:[roleName]`).
            Example: my-role.
        update_date_time (int | None | Unset): The update date and time of the role (UNIX time in seconds).
    """

    role_id: str
    create_date_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    owner: RoleResponseOwner | None | Unset = UNSET
    permission: str | None | Unset = UNSET
    role_name: str | None | Unset = UNSET
    update_date_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        role_id: str,
        create_date_time: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        owner: RoleResponseOwner | Literal["operator", "soracom"] | None | Unset = UNSET,
        permission: str | None | Unset = UNSET,
        role_name: str | None | Unset = UNSET,
        update_date_time: int | None | Unset = UNSET,
    ) -> None:
        self.role_id = role_id
        self.create_date_time = create_date_time
        self.description = description
        self.owner = as_enum(owner, RoleResponseOwner, "RoleResponse", "owner")
        self.permission = permission
        self.role_name = role_name
        self.update_date_time = update_date_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"role_id={self.role_id!r}, "
            f"create_date_time={self.create_date_time!r}, "
            f"description={self.description!r}, "
            f"owner={self.owner!r}, "
            f"permission={self.permission!r}, "
            f"role_name={self.role_name!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RoleResponse):
            return NotImplemented
        return (
            self.role_id,
            self.create_date_time,
            self.description,
            self.owner,
            self.permission,
            self.role_name,
            self.update_date_time,
            self.additional_properties,
        ) == (
            other.role_id,
            other.create_date_time,
            other.description,
            other.owner,
            other.permission,
            other.role_name,
            other.update_date_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        create_date_time = self.create_date_time

        description = self.description

        owner: str | None | Unset
        if self.owner is None or self.owner is UNSET:
            owner = self.owner
        else:
            owner = str(self.owner)

        permission = self.permission

        role_name = self.role_name

        update_date_time = self.update_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
            }
        )
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permission is not UNSET:
            field_dict["permission"] = permission
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if update_date_time is not UNSET:
            field_dict["updateDateTime"] = update_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_role_id = d.pop("roleId", None)
        if _required_role_id is None:
            raise missing_field(cls.__name__, "roleId")
        role_id = _required_role_id

        create_date_time = d.pop("createDateTime", UNSET)

        description = d.pop("description", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: RoleResponseOwner | None | Unset
        if _owner is None or _owner is UNSET:
            owner = _owner
        else:
            try:
                owner = _by_value_RoleResponseOwner[_owner]
            except (KeyError, TypeError):
                owner = RoleResponseOwner(_owner)

        permission = d.pop("permission", UNSET)

        role_name = d.pop("roleName", UNSET)

        update_date_time = d.pop("updateDateTime", UNSET)

        _self = cls.__new__(cls)
        _self.role_id = role_id
        _self.create_date_time = create_date_time
        _self.description = description
        _self.owner = owner
        _self.permission = permission
        _self.role_name = role_name
        _self.update_date_time = update_date_time
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
_by_value_RoleResponseOwner = RoleResponseOwner._value2member_map_

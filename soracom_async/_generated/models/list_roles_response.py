from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_roles_response_owner import ListRolesResponseOwner
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="ListRolesResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListRolesResponse:
    """
    Attributes:
        create_date_time (int): The creation date and time of the role (UNIX time in seconds). Example: 1722480500.
        role_id (str): The role ID. If the role is a Soracom managed role, it will be in SRN (Soracom Resource Name)
            format. Example: my-role.
        update_date_time (int): The update date and time of the role (UNIX time in seconds). Example: 1722480600.
        description (str | None | Unset): The description of the role. Example: This is my role.
        owner (ListRolesResponseOwner | None | Unset): The type of the role. It can be one of the following:
            - soracom: Soracom managed role
            - operator: Operator managed role
        role_name (str | None | Unset): The role name. If the role is an operator managed role, it will be the same as
            `roleId`. If the role is a Soracom managed role, it will be the resource ID part of the SRN. Example: my-role.
    """

    create_date_time: int
    role_id: str
    update_date_time: int
    description: str | None | Unset = UNSET
    owner: ListRolesResponseOwner | None | Unset = UNSET
    role_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        create_date_time: int,
        role_id: str,
        update_date_time: int,
        description: str | None | Unset = UNSET,
        owner: ListRolesResponseOwner | Literal["operator", "soracom"] | None | Unset = UNSET,
        role_name: str | None | Unset = UNSET,
    ) -> None:
        self.create_date_time = create_date_time
        self.role_id = role_id
        self.update_date_time = update_date_time
        self.description = description
        self.owner = as_enum(owner, ListRolesResponseOwner, "ListRolesResponse", "owner")
        self.role_name = role_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"create_date_time={self.create_date_time!r}, "
            f"role_id={self.role_id!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"description={self.description!r}, "
            f"owner={self.owner!r}, "
            f"role_name={self.role_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListRolesResponse):
            return NotImplemented
        return (
            self.create_date_time,
            self.role_id,
            self.update_date_time,
            self.description,
            self.owner,
            self.role_name,
            self.additional_properties,
        ) == (
            other.create_date_time,
            other.role_id,
            other.update_date_time,
            other.description,
            other.owner,
            other.role_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        create_date_time = self.create_date_time

        role_id = self.role_id

        update_date_time = self.update_date_time

        description = self.description

        owner: str | None | Unset
        if self.owner is None or self.owner is UNSET:
            owner = self.owner
        else:
            owner = str(self.owner)

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createDateTime": create_date_time,
                "roleId": role_id,
                "updateDateTime": update_date_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if role_name is not UNSET:
            field_dict["roleName"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_create_date_time = d.pop("createDateTime", None)
        if _required_create_date_time is None:
            raise missing_field(cls.__name__, "createDateTime")
        create_date_time = _required_create_date_time

        _required_role_id = d.pop("roleId", None)
        if _required_role_id is None:
            raise missing_field(cls.__name__, "roleId")
        role_id = _required_role_id

        _required_update_date_time = d.pop("updateDateTime", None)
        if _required_update_date_time is None:
            raise missing_field(cls.__name__, "updateDateTime")
        update_date_time = _required_update_date_time

        description = d.pop("description", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: ListRolesResponseOwner | None | Unset
        if _owner is None or _owner is UNSET:
            owner = _owner
        else:
            try:
                owner = _by_value_ListRolesResponseOwner[_owner]
            except (KeyError, TypeError):
                owner = ListRolesResponseOwner(_owner)

        role_name = d.pop("roleName", UNSET)

        _self = cls.__new__(cls)
        _self.create_date_time = create_date_time
        _self.role_id = role_id
        _self.update_date_time = update_date_time
        _self.description = description
        _self.owner = owner
        _self.role_name = role_name
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
_by_value_ListRolesResponseOwner = ListRolesResponseOwner._value2member_map_

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_response_owner import RoleResponseOwner
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="RoleResponse")


@_attrs_define
class RoleResponse:
    """
    Attributes:
        create_date_time (int | None | Unset): The creation date and time of the role (UNIX time in seconds).
        description (str | None | Unset): The description of the role.
        owner (RoleResponseOwner | None | Unset): The type of the role. It can be one of the following:
            - `operator`: Operator managed role
            - `soracom`: Soracom managed role
        permission (str | None | Unset): Permission as JSON.
        role_id (str | None | Unset): Role ID. For operator managed roles, this is the role ID specified at creation.
            For Soracom managed roles, this will be in SRN (Soracom Resource Name) format.
        role_name (str | None | Unset): Role name. For operator managed roles, this will be the same as `roleId`. For
            Soracom managed roles, this will be the resource name part of the SRN (e.g., `srn:soracom:::Role:[roleName]`).
            Example: my-role.
        update_date_time (int | None | Unset): The update date and time of the role (UNIX time in seconds).
    """

    create_date_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    owner: RoleResponseOwner | None | Unset = UNSET
    permission: str | None | Unset = UNSET
    role_id: str | None | Unset = UNSET
    role_name: str | None | Unset = UNSET
    update_date_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_date_time = self.create_date_time

        description = self.description

        owner: str | None | Unset
        if self.owner is None or self.owner is UNSET:
            owner = self.owner
        else:
            owner = str(self.owner)

        permission = self.permission

        role_id = self.role_id

        role_name = self.role_name

        update_date_time = self.update_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permission is not UNSET:
            field_dict["permission"] = permission
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
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
        create_date_time = d.pop("createDateTime", UNSET)

        description = d.pop("description", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: RoleResponseOwner | None | Unset
        if _owner is None or _owner is UNSET:
            owner = _owner
        else:
            owner = RoleResponseOwner(_owner)

        permission = d.pop("permission", UNSET)

        role_id = d.pop("roleId", UNSET)

        role_name = d.pop("roleName", UNSET)

        update_date_time = d.pop("updateDateTime", UNSET)

        role_response = cls(
            create_date_time=create_date_time,
            description=description,
            owner=owner,
            permission=permission,
            role_id=role_id,
            role_name=role_name,
            update_date_time=update_date_time,
        )

        role_response.additional_properties = d
        return role_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_version_response_owner import RoleVersionResponseOwner
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="RoleVersionResponse")


@_attrs_define(init=False, repr=False, eq=False)
class RoleVersionResponse:
    """
    Attributes:
        description (str | None | Unset): The description of the Soracom managed role.
        owner (RoleVersionResponseOwner | None | Unset): The type of the role.
            - `soracom`: Soracom managed role
        permission (str | None | Unset): Permission as JSON for the Soracom managed role.
        publish_date_time (int | None | Unset): The publish date and time of the Soracom managed role version (UNIX time
            in seconds).
        role_id (str | None | Unset): SRN (Soracom Resource Name) format ID of the Soracom managed role.
        role_name (str | None | Unset): Resource name part of the SRN (Soracom Resource Name) of the Soracom managed
            role (e.g., `srn:soracom:::Role:[roleName]`). Example: my-role.
        version (int | None | Unset): The version number of the Soracom managed role.
    """

    description: str | None | Unset = UNSET
    owner: RoleVersionResponseOwner | None | Unset = UNSET
    permission: str | None | Unset = UNSET
    publish_date_time: int | None | Unset = UNSET
    role_id: str | None | Unset = UNSET
    role_name: str | None | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        owner: RoleVersionResponseOwner | Literal["operator", "soracom"] | None | Unset = UNSET,
        permission: str | None | Unset = UNSET,
        publish_date_time: int | None | Unset = UNSET,
        role_id: str | None | Unset = UNSET,
        role_name: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
    ) -> None:
        self.description = description
        self.owner = as_enum(owner, RoleVersionResponseOwner, "RoleVersionResponse", "owner")
        self.permission = permission
        self.publish_date_time = publish_date_time
        self.role_id = role_id
        self.role_name = role_name
        self.version = version
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"owner={self.owner!r}, "
            f"permission={self.permission!r}, "
            f"publish_date_time={self.publish_date_time!r}, "
            f"role_id={self.role_id!r}, "
            f"role_name={self.role_name!r}, "
            f"version={self.version!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RoleVersionResponse):
            return NotImplemented
        return (
            self.description,
            self.owner,
            self.permission,
            self.publish_date_time,
            self.role_id,
            self.role_name,
            self.version,
            self.additional_properties,
        ) == (
            other.description,
            other.owner,
            other.permission,
            other.publish_date_time,
            other.role_id,
            other.role_name,
            other.version,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        owner: str | None | Unset
        if self.owner is None or self.owner is UNSET:
            owner = self.owner
        else:
            owner = str(self.owner)

        permission = self.permission

        publish_date_time = self.publish_date_time

        role_id = self.role_id

        role_name = self.role_name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permission is not UNSET:
            field_dict["permission"] = permission
        if publish_date_time is not UNSET:
            field_dict["publishDateTime"] = publish_date_time
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: RoleVersionResponseOwner | None | Unset
        if _owner is None or _owner is UNSET:
            owner = _owner
        else:
            try:
                owner = _by_value_RoleVersionResponseOwner[_owner]
            except (KeyError, TypeError):
                owner = RoleVersionResponseOwner(_owner)

        permission = d.pop("permission", UNSET)

        publish_date_time = d.pop("publishDateTime", UNSET)

        role_id = d.pop("roleId", UNSET)

        role_name = d.pop("roleName", UNSET)

        version = d.pop("version", UNSET)

        _self = cls.__new__(cls)
        _self.description = description
        _self.owner = owner
        _self.permission = permission
        _self.publish_date_time = publish_date_time
        _self.role_id = role_id
        _self.role_name = role_name
        _self.version = version
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
_by_value_RoleVersionResponseOwner = RoleVersionResponseOwner._value2member_map_

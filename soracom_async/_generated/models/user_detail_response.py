from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.auth_key_response import AuthKeyResponse
    from ..models.list_roles_response import ListRolesResponse


T = TypeVar("T", bound="UserDetailResponse")


@_attrs_define(init=False, repr=False, eq=False)
class UserDetailResponse:
    """
    Attributes:
        auth_key_list (list[AuthKeyResponse]): A list of authentication keys.
        create_date_time (int): The creation date and time of the SAM user (UNIX time in seconds). Example: 1722480500.
        has_password (bool): Whether the login password for the Soracom User Console has been set.
        role_list (list[ListRolesResponse]): A list of roles assigned to the SAM user.
        update_date_time (int): The update date and time of the SAM user (UNIX time in seconds). Example: 1722480600.
        user_name (str): The name of the SAM user. Example: my-user.
        description (str | None | Unset): The description of the SAM user. Example: This is my user.
        permission (str | None | Unset): The permission of the SAM user. Example:
            {"statements":[{"api":"*","effect":"allow"}]}.
    """

    auth_key_list: list[AuthKeyResponse]
    create_date_time: int
    has_password: bool
    role_list: list[ListRolesResponse]
    update_date_time: int
    user_name: str
    description: str | None | Unset = UNSET
    permission: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        auth_key_list: Sequence[AuthKeyResponse | Mapping[str, Any]],
        create_date_time: int,
        has_password: bool,
        role_list: Sequence[ListRolesResponse | Mapping[str, Any]],
        update_date_time: int,
        user_name: str,
        description: str | None | Unset = UNSET,
        permission: str | None | Unset = UNSET,
    ) -> None:
        self.auth_key_list = as_models(
            auth_key_list, AuthKeyResponse, "UserDetailResponse", "auth_key_list"
        )
        self.create_date_time = create_date_time
        self.has_password = has_password
        self.role_list = as_models(role_list, ListRolesResponse, "UserDetailResponse", "role_list")
        self.update_date_time = update_date_time
        self.user_name = user_name
        self.description = description
        self.permission = permission
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"auth_key_list={self.auth_key_list!r}, "
            f"create_date_time={self.create_date_time!r}, "
            f"has_password={self.has_password!r}, "
            f"role_list={self.role_list!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"user_name={self.user_name!r}, "
            f"description={self.description!r}, "
            f"permission={self.permission!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UserDetailResponse):
            return NotImplemented
        return (
            self.auth_key_list,
            self.create_date_time,
            self.has_password,
            self.role_list,
            self.update_date_time,
            self.user_name,
            self.description,
            self.permission,
            self.additional_properties,
        ) == (
            other.auth_key_list,
            other.create_date_time,
            other.has_password,
            other.role_list,
            other.update_date_time,
            other.user_name,
            other.description,
            other.permission,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        auth_key_list = []
        for auth_key_list_item_data in self.auth_key_list:
            auth_key_list_item = auth_key_list_item_data.to_dict()

            auth_key_list.append(auth_key_list_item)

        create_date_time = self.create_date_time

        has_password = self.has_password

        role_list = []
        for role_list_item_data in self.role_list:
            role_list_item = role_list_item_data.to_dict()

            role_list.append(role_list_item)

        update_date_time = self.update_date_time

        user_name = self.user_name

        description = self.description

        permission = self.permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authKeyList": auth_key_list,
                "createDateTime": create_date_time,
                "hasPassword": has_password,
                "roleList": role_list,
                "updateDateTime": update_date_time,
                "userName": user_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_auth_key_list = d.pop("authKeyList", None)
        if _required_auth_key_list is None:
            raise missing_field(cls.__name__, "authKeyList")
        _auth_key_list = _required_auth_key_list
        auth_key_list: list[AuthKeyResponse]
        if not isinstance(_auth_key_list, list):
            raise wrong_shape("authKeyList", "a JSON array", _auth_key_list)
        auth_key_list = [_from_dict_AuthKeyResponse(v) for v in _auth_key_list]

        _required_create_date_time = d.pop("createDateTime", None)
        if _required_create_date_time is None:
            raise missing_field(cls.__name__, "createDateTime")
        create_date_time = _required_create_date_time

        _required_has_password = d.pop("hasPassword", None)
        if _required_has_password is None:
            raise missing_field(cls.__name__, "hasPassword")
        has_password = _required_has_password

        _required_role_list = d.pop("roleList", None)
        if _required_role_list is None:
            raise missing_field(cls.__name__, "roleList")
        _role_list = _required_role_list
        role_list: list[ListRolesResponse]
        if not isinstance(_role_list, list):
            raise wrong_shape("roleList", "a JSON array", _role_list)
        role_list = [_from_dict_ListRolesResponse(v) for v in _role_list]

        _required_update_date_time = d.pop("updateDateTime", None)
        if _required_update_date_time is None:
            raise missing_field(cls.__name__, "updateDateTime")
        update_date_time = _required_update_date_time

        _required_user_name = d.pop("userName", None)
        if _required_user_name is None:
            raise missing_field(cls.__name__, "userName")
        user_name = _required_user_name

        description = d.pop("description", UNSET)

        permission = d.pop("permission", UNSET)

        _self = cls.__new__(cls)
        _self.auth_key_list = auth_key_list
        _self.create_date_time = create_date_time
        _self.has_password = has_password
        _self.role_list = role_list
        _self.update_date_time = update_date_time
        _self.user_name = user_name
        _self.description = description
        _self.permission = permission
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.auth_key_response import AuthKeyResponse  # noqa: E402
from ..models.list_roles_response import ListRolesResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_AuthKeyResponse = AuthKeyResponse.from_dict
_from_dict_ListRolesResponse = ListRolesResponse.from_dict

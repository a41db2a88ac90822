from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="AuthKeyResponse")


@_attrs_define(init=False, repr=False, eq=False)
class AuthKeyResponse:
    """
    Attributes:
        auth_key_id (str): The ID of the authentication key. Example: keyId-xxx.
        create_date_time (int): The creation date and time of the authentication key (UNIX time in seconds). Example:
            1722480500.
        last_used_date_time (int | None | Unset): The last used date and time of the authentication key (UNIX time in
            seconds). Example: 1722480600.
    """

    auth_key_id: str
    create_date_time: int
    last_used_date_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        auth_key_id: str,
        create_date_time: int,
        last_used_date_time: int | None | Unset = UNSET,
    ) -> None:
        self.auth_key_id = auth_key_id
        self.create_date_time = create_date_time
        self.last_used_date_time = last_used_date_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"auth_key_id={self.auth_key_id!r}, "
            f"create_date_time={self.create_date_time!r}, "
            f"last_used_date_time={self.last_used_date_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AuthKeyResponse):
            return NotImplemented
        return (
            self.auth_key_id,
            self.create_date_time,
            self.last_used_date_time,
            self.additional_properties,
        ) == (
            other.auth_key_id,
            other.create_date_time,
            other.last_used_date_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        auth_key_id = self.auth_key_id

        create_date_time = self.create_date_time

        last_used_date_time = self.last_used_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authKeyId": auth_key_id,
                "createDateTime": create_date_time,
            }
        )
        if last_used_date_time is not UNSET:
            field_dict["lastUsedDateTime"] = last_used_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_auth_key_id = d.pop("authKeyId", None)
        if _required_auth_key_id is None:
            raise missing_field(cls.__name__, "authKeyId")
        auth_key_id = _required_auth_key_id

        _required_create_date_time = d.pop("createDateTime", None)
        if _required_create_date_time is None:
            raise missing_field(cls.__name__, "createDateTime")
        create_date_time = _required_create_date_time

        last_used_date_time = d.pop("lastUsedDateTime", UNSET)

        _self = cls.__new__(cls)
        _self.auth_key_id = auth_key_id
        _self.create_date_time = create_date_time
        _self.last_used_date_time = last_used_date_time
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

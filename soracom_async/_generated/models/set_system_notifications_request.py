from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="SetSystemNotificationsRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SetSystemNotificationsRequest:
    """
    Attributes:
        email_id_list (list[str]):
        password (str | None | Unset): Password of the operator. This is necessary when type is primary.
    """

    email_id_list: list[str]
    password: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        email_id_list: list[str],
        password: str | None | Unset = UNSET,
    ) -> None:
        self.email_id_list = email_id_list
        self.password = password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"email_id_list={self.email_id_list!r}, "
            f"password={self.password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SetSystemNotificationsRequest
        ):
            return NotImplemented
        return (
            self.email_id_list,
            self.password,
            self.additional_properties,
        ) == (
            other.email_id_list,
            other.password,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        email_id_list = self.email_id_list

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailIdList": email_id_list,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_email_id_list = d.pop("emailIdList", None)
        if _required_email_id_list is None:
            raise missing_field(cls.__name__, "emailIdList")
        _email_id_list = _required_email_id_list
        email_id_list: list[str]
        if not isinstance(_email_id_list, list):
            raise wrong_shape("emailIdList", "a JSON array", _email_id_list)
        email_id_list = _email_id_list

        password = d.pop("password", UNSET)

        _self = cls.__new__(cls)
        _self.email_id_list = email_id_list
        _self.password = password
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

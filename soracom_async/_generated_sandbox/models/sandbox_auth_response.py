from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SandboxAuthResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxAuthResponse:
    """
    Attributes:
        api_key (str | None | Unset):
        operator_id (str | None | Unset):
        token (str | None | Unset):
        user_name (str | None | Unset):
    """

    api_key: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    token: str | None | Unset = UNSET
    user_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        api_key: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> None:
        self.api_key = api_key
        self.operator_id = operator_id
        self.token = token
        self.user_name = user_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_key={self.api_key!r}, "
            f"operator_id={self.operator_id!r}, "
            f"token={self.token!r}, "
            f"user_name={self.user_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SandboxAuthResponse):
            return NotImplemented
        return (
            self.api_key,
            self.operator_id,
            self.token,
            self.user_name,
            self.additional_properties,
        ) == (
            other.api_key,
            other.operator_id,
            other.token,
            other.user_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        operator_id = self.operator_id

        token = self.token

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if token is not UNSET:
            field_dict["token"] = token
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        api_key = d.pop("apiKey", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        token = d.pop("token", UNSET)

        user_name = d.pop("userName", UNSET)

        _self = cls.__new__(cls)
        _self.api_key = api_key
        _self.operator_id = operator_id
        _self.token = token
        _self.user_name = user_name
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

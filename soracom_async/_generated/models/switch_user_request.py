from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SwitchUserRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SwitchUserRequest:
    """
    Attributes:
        operator_id (str | None | Unset): Operator ID to be switched to.
        token_timeout_seconds (int | None | Unset): API key and API token validity period (in seconds) for the switched
            user. The default is 3600 seconds (1 hour). The minimum and maximum values are also shown below.

            - Minimum: 180 seconds (3 minutes)
            - Maximum value: 3600 seconds (1 hour)
             Default: 3600.
        user_name (str | None | Unset): The SAM user name of the specified operator ID to be switched to.
    """

    operator_id: str | None | Unset = UNSET
    token_timeout_seconds: int | None | Unset = 3600
    user_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        operator_id: str | None | Unset = UNSET,
        token_timeout_seconds: int | None | Unset = 3600,
        user_name: str | None | Unset = UNSET,
    ) -> None:
        self.operator_id = operator_id
        self.token_timeout_seconds = token_timeout_seconds
        self.user_name = user_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"operator_id={self.operator_id!r}, "
            f"token_timeout_seconds={self.token_timeout_seconds!r}, "
            f"user_name={self.user_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SwitchUserRequest):
            return NotImplemented
        return (
            self.operator_id,
            self.token_timeout_seconds,
            self.user_name,
            self.additional_properties,
        ) == (
            other.operator_id,
            other.token_timeout_seconds,
            other.user_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        operator_id = self.operator_id

        token_timeout_seconds = self.token_timeout_seconds

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if token_timeout_seconds is not UNSET:
            field_dict["tokenTimeoutSeconds"] = token_timeout_seconds
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        operator_id = d.pop("operatorId", UNSET)

        token_timeout_seconds = d.pop("tokenTimeoutSeconds", UNSET)

        user_name = d.pop("userName", UNSET)

        _self = cls.__new__(cls)
        _self.operator_id = operator_id
        _self.token_timeout_seconds = token_timeout_seconds
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_ssh_password_authentication_type import (
    SimDownlinkSshPasswordAuthenticationType,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SimDownlinkSshPasswordAuthentication")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkSshPasswordAuthentication:
    """Configuration for SSH connection using password authentication (`"type": "password"`). Specify either `password` or
    `passwordCredentialsId`.

        Attributes:
            password (str | None | Unset): Password for the SSH connection. Ignored if `passwordCredentialsId` is specified.
            password_credentials_id (str | None | Unset): Soracom credential set ID where the authentication credentials are
                registered.

                - **Type**: Select "Pre-Shared key".
                - **Pre-Shared Key**: Enter the password for the SSH connection.
            type_ (SimDownlinkSshPasswordAuthenticationType | None | Unset):
    """

    password: str | None | Unset = UNSET
    password_credentials_id: str | None | Unset = UNSET
    type_: SimDownlinkSshPasswordAuthenticationType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        password: str | None | Unset = UNSET,
        password_credentials_id: str | None | Unset = UNSET,
        type_: SimDownlinkSshPasswordAuthenticationType
        | Literal["password"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.password = password
        self.password_credentials_id = password_credentials_id
        self.type_ = as_enum(
            type_,
            SimDownlinkSshPasswordAuthenticationType,
            "SimDownlinkSshPasswordAuthentication",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"password={self.password!r}, "
            f"password_credentials_id={self.password_credentials_id!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkSshPasswordAuthentication
        ):
            return NotImplemented
        return (
            self.password,
            self.password_credentials_id,
            self.type_,
            self.additional_properties,
        ) == (
            other.password,
            other.password_credentials_id,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        password_credentials_id = self.password_credentials_id

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if password_credentials_id is not UNSET:
            field_dict["passwordCredentialsId"] = password_credentials_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        password_credentials_id = d.pop("passwordCredentialsId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkSshPasswordAuthenticationType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkSshPasswordAuthenticationType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkSshPasswordAuthenticationType(_type_)

        _self = cls.__new__(cls)
        _self.password = password
        _self.password_credentials_id = password_credentials_id
        _self.type_ = type_
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
_by_value_SimDownlinkSshPasswordAuthenticationType = (
    SimDownlinkSshPasswordAuthenticationType._value2member_map_
)
